using System.Globalization;

namespace RusToK.Domain.Modules.Commerce.Pricing;

/// <summary>An amount in a currency's minor units (cents, kopecks): integers, so sums never drift.</summary>
public readonly record struct Money(long Minor, string Currency)
{
    /// <summary>The amount for a person reading <paramref name="culture"/>: "$12.50" in English, "12,50 $" in Russian.</summary>
    public string Format(CultureInfo culture)
    {
        var digits = Currencies.Digits(Currency);
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = Currencies.Symbol(Currency);
        format.CurrencyDecimalDigits = digits;
        return (Minor / (decimal)Currencies.Scale(Currency)).ToString("C", format);
    }

    public override string ToString() => Format(CultureInfo.InvariantCulture);
}
