using System.Globalization;
using RusToK.Domain.Modules.Commerce.Pricing;

namespace RusToK.Domain.Tests.Modules.Commerce;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(1250, "EUR", "en", "€12.50")]
    [InlineData(1250, "EUR", "ru", "12,50 €")]
    [InlineData(123456789, "USD", "en", "$1,234,567.89")]
    [InlineData(1500, "JPY", "en", "¥1,500")]
    public void Prices_read_in_the_shoppers_language_from_integer_minor_units(long minor, string currency, string language, string expected) =>
        new Money(minor, currency).Format(CultureInfo.GetCultureInfo(language)).Replace('\u00a0', ' ').ShouldBe(expected);
}
