namespace RusToK.Domain.Modules.Commerce.Pricing;

/// <summary>The currencies a shop may price in, with their symbols and how many minor units make one.</summary>
public static class Currencies
{
    private static readonly Dictionary<string, (string Symbol, int Digits)> Known = new(StringComparer.Ordinal)
    {
        ["USD"] = ("$", 2),
        ["EUR"] = ("€", 2),
        ["GBP"] = ("£", 2),
        ["RUB"] = ("₽", 2),
        ["JPY"] = ("¥", 0),
    };

    public static IReadOnlyCollection<string> Codes => Known.Keys;

    public static bool IsKnown(string? code) => code is not null && Known.ContainsKey(code);

    public static string Symbol(string code) => Known.TryGetValue(code, out var known) ? known.Symbol : code;

    public static int Digits(string code) => Known.TryGetValue(code, out var known) ? known.Digits : 2;

    /// <summary>Minor units in one major unit: 100 cents in a dollar, 1 yen in a yen.</summary>
    public static long Scale(string code) => Digits(code) == 0 ? 1 : (long)Math.Pow(10, Digits(code));
}
