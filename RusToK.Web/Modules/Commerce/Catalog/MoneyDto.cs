using System.Globalization;
using RusToK.Domain.Modules.Commerce.Pricing;

namespace RusToK.Web.Modules.Commerce.Catalog;

/// <summary>An amount in minor units (1250 is $12.50), its currency, and how it reads in the request's language.</summary>
public sealed record MoneyDto(long Amount, string Currency, string Formatted)
{
    [global::GraphQL.Ignore]
    public static MoneyDto From(Money money) => new(money.Minor, money.Currency, money.Format(CultureInfo.CurrentUICulture));
}
