using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using RusToK.Components.Kernel.Localization;
using RusToK.Components.Kernel.Shared;
using RusToK.Components.Modules.Content;
using RusToK.Domain.Kernel.Results;

namespace RusToK.Components.Tests.Translations;

/// <summary>The domain answers in English; a Russian reader sees its messages in Russian, arguments and all, next to the field.</summary>
public sealed class DomainMessagesTests : IDisposable
{
    private readonly CultureInfo _before = CultureInfo.CurrentUICulture;
    private readonly ServiceProvider _services;

    public DomainMessagesTests()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("ru");
        _services = new ServiceCollection().AddLogging().AddModularLocalization().AddModuleStrings<ContentStrings>().BuildServiceProvider();
    }

    private IStringLocalizer Localizer => _services.GetRequiredService<IStringLocalizer<SharedResource>>();

    [Fact]
    public void A_message_with_arguments_is_put_into_the_Russian_format_string_with_its_label_translated()
    {
        var errors = new Validator().Required("title", "", "Description").MaxLength("slug", new string('a', 300), 200, "Address").Errors;
        var result = Localizer.Translate(OperationResult.Invalid(errors));

        result.Errors["title"].ShouldBe(["«Описание» — обязательное поле."]);
        result.Errors["slug"].ShouldBe(["«Адрес»: не более 200 символов."]);
        result.Message.ShouldBe("Одно или несколько полей заполнены неверно.");
        result.Failure.ShouldBe(FailureKind.Validation);
    }

    [Fact]
    public void A_form_shows_the_Russian_message_next_to_its_field()
    {
        var form = new FormErrors();

        form.Take(OperationResult.Invalid("slug", "The slug 'demo' is already taken."), Localizer).ShouldBeFalse();

        form.For("slug").ShouldBe("Адрес «demo» уже занят.");
    }

    [Fact]
    public void An_unknown_message_stays_as_the_domain_wrote_it()
    {
        Localizer.Translate("Nobody wrote a translation for this one.").ShouldBe("Nobody wrote a translation for this one.");
    }

    [Fact]
    public void English_readers_get_the_domain_s_own_text()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");

        Localizer.Translate("The slug 'demo' is already taken.").ShouldBe("The slug 'demo' is already taken.");
    }

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _before;
        _services.Dispose();
    }
}
