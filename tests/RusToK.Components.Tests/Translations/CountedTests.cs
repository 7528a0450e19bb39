using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using RusToK.Components.Kernel.Localization;
using RusToK.Components.Kernel.Shared;

namespace RusToK.Components.Tests.Translations;

/// <summary>Counted nouns read right in both languages: Russian has three forms, chosen by the last two digits.</summary>
public sealed class CountedTests : IDisposable
{
    private readonly CultureInfo _before = CultureInfo.CurrentUICulture;
    private readonly CultureInfo _beforeFormat = CultureInfo.CurrentCulture;
    private readonly ServiceProvider _services = new ServiceCollection().AddLogging().AddModularLocalization().BuildServiceProvider();

    private IStringLocalizer Localizer => _services.GetRequiredService<IStringLocalizer<SharedResource>>();

    [Theory]
    [InlineData(0, "0 арендаторов")]
    [InlineData(1, "1 арендатор")]
    [InlineData(2, "2 арендатора")]
    [InlineData(5, "5 арендаторов")]
    [InlineData(11, "11 арендаторов")]
    [InlineData(12, "12 арендаторов")]
    [InlineData(21, "21 арендатор")]
    [InlineData(22, "22 арендатора")]
    [InlineData(25, "25 арендаторов")]
    [InlineData(111, "111 арендаторов")]
    public void A_Russian_count_takes_the_form_its_last_digits_ask_for(int count, string expected)
    {
        UseCulture("ru");

        Counted.Of(Localizer, count, "{0} tenant|{0} tenants").ShouldBe(expected);
    }

    [Theory]
    [InlineData(0, "0 tenants")]
    [InlineData(1, "1 tenant")]
    [InlineData(2, "2 tenants")]
    [InlineData(21, "21 tenants")]
    [InlineData(1500, "1,500 tenants")]
    public void An_English_count_is_singular_for_one_only(int count, string expected)
    {
        UseCulture("en");

        Counted.Of(Localizer, count, "{0} tenant|{0} tenants").ShouldBe(expected);
    }

    [Fact]
    public void Large_Russian_counts_group_their_digits_the_Russian_way()
    {
        UseCulture("ru");

        Counted.Of(Localizer, 1021, "{0} user|{0} users").ShouldBe($"1{NumberFormatInfo.GetInstance(new CultureInfo("ru")).NumberGroupSeparator}021 пользователь");
    }

    private static void UseCulture(string name) => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (new CultureInfo(name), new CultureInfo(name));

    public void Dispose()
    {
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (_beforeFormat, _before);
        _services.Dispose();
    }
}
