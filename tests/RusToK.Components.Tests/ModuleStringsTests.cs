using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using RusToK.Components.Capabilities.Tags;
using RusToK.Components.Kernel.Localization;
using RusToK.Components.Modules.Blog;

namespace RusToK.Components.Tests;

/// <summary>Each module's translations live in its own file, and a page finds them wherever the text is shown.</summary>
public sealed class ModuleStringsTests : IDisposable
{
    private readonly CultureInfo _before = CultureInfo.CurrentUICulture;
    private readonly ServiceProvider _services;

    public ModuleStringsTests()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("ru");
        var services = new ServiceCollection().AddLogging().AddModularLocalization();
        services.AddModuleStrings<BlogStrings>().AddModuleStrings<TagsStrings>();
        _services = services.BuildServiceProvider();
    }

    [Fact]
    public void A_module_page_reads_its_own_strings_with_arguments_and_the_platform_s_shared_ones()
    {
        var blog = _services.GetRequiredService<IStringLocalizer<BlogStrings>>();

        blog["{0} min read", 4].Value.ShouldBe("4 мин чтения");
        blog["Save"].Value.ShouldBe("Сохранить");
    }

    [Fact]
    public void A_text_one_module_owns_is_translated_where_another_shows_it()
    {
        _services.GetRequiredService<IStringLocalizer<BlogStrings>>()["Add tag"].Value.ShouldBe("Добавить метку");
        _services.GetRequiredService<IStringLocalizer<SharedResource>>()["RSS feed"].Value.ShouldBe("RSS-лента");
    }

    [Fact]
    public void An_unknown_text_stays_as_written()
    {
        var text = _services.GetRequiredService<IStringLocalizer<SharedResource>>()["Nobody translated this"];

        text.Value.ShouldBe("Nobody translated this");
        text.ResourceNotFound.ShouldBeTrue();
    }

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _before;
        _services.Dispose();
    }
}
