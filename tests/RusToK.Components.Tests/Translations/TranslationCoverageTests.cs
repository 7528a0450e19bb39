using System.Globalization;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using RusToK.Components.Kernel.Localization;
using RusToK.Components.Kernel.Shared;
using RusToK.Components.Modules.Pages;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Domain.Modules.Announcements;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Pages.Blocks;

namespace RusToK.Components.Tests.Translations;

/// <summary>
/// Every text a person sees under Russian is Russian: the texts the pages look up (read from their source), the names
/// the modules give themselves, the statuses shown, and the messages use cases return. A new English text without its
/// translation fails here, listed with where it is used.
/// </summary>
public sealed class TranslationCoverageTests : IDisposable
{
    private readonly CultureInfo _before = CultureInfo.CurrentUICulture;
    private readonly ServiceProvider _services;
    private readonly IStringLocalizerFactory _factory;

    public TranslationCoverageTests()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("ru");
        var services = new ServiceCollection().AddLogging().AddModularLocalization();
        foreach (var set in SourceTexts.ModuleSets.Values) services.AddSingleton(new ModuleStrings(set));
        _services = services.BuildServiceProvider();
        _factory = _services.GetRequiredService<IStringLocalizerFactory>();
    }

    [Fact]
    public void Every_text_a_component_shows_has_a_Russian_translation()
    {
        var texts = SourceTexts.Read(SourceTexts.RepositoryRoot());
        texts.Count.ShouldBeGreaterThan(300, "the scan reads the pages' lookups");

        var problems = texts
            .Select(t => (t.Place, Problem: Check(_factory.Create(t.Set)[t.Key], t.Counted)))
            .Where(p => p.Problem is not null)
            .Select(p => $"{p.Place}: {p.Problem}")
            .Distinct()
            .ToList();

        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    [Fact]
    public void Every_module_name_status_and_role_people_see_has_a_Russian_translation()
    {
        var localizer = _factory.Create(typeof(SharedResource));
        var problems = NamedTexts().Select(t => (t, Problem: Check(localizer[t], counted: false))).Where(p => p.Problem is not null)
            .Select(p => $"“{p.t}”: {p.Problem}").Distinct().ToList();

        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    [Fact]
    public void Every_message_a_use_case_returns_has_a_Russian_translation()
    {
        var messages = DomainTexts.Read(SourceTexts.RepositoryRoot());
        messages.Count.ShouldBeGreaterThan(50, "the scan reads the use cases' messages");

        ShouldAllBeTranslated(messages);
    }

    [Fact]
    public void Every_problem_and_error_the_web_host_answers_with_has_a_Russian_translation()
    {
        var answers = DomainTexts.ReadWebAnswers(SourceTexts.RepositoryRoot());
        answers.Count.ShouldBeGreaterThan(30, "the scan reads the endpoints' problems");

        ShouldAllBeTranslated(answers);
    }

    [Fact]
    public void No_Russian_translation_is_left_empty()
    {
        var empty = Directory.GetFiles(Path.Combine(SourceTexts.RepositoryRoot(), "RusToK.Components"), "*.ru.resx", SearchOption.AllDirectories)
            .SelectMany(file => XDocument.Load(file).Root!.Elements("data")
                .Where(d => string.IsNullOrWhiteSpace(d.Element("value")?.Value))
                .Select(d => $"{Path.GetFileName(file)}: “{d.Attribute("name")?.Value}”"))
            .ToList();

        empty.ShouldBeEmpty(string.Join("\n", empty));
    }

    private static IEnumerable<string> NamedTexts()
    {
        var modules = typeof(ModuleDescriptor).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ModuleDescriptor)) && !t.IsAbstract)
            .Select(t => (ModuleDescriptor)Activator.CreateInstance(t)!);
        foreach (var module in modules)
        {
            yield return module.DisplayName;
            yield return module.Description;
            foreach (var permission in module.Permissions) yield return permission.DisplayName;
            foreach (var entry in module.AdminMenu) yield return entry.Title;
            foreach (var link in module.StorefrontMenu) yield return link.Title;
            foreach (var template in module.SiteTemplates)
            {
                yield return template.Name;
                yield return template.Description;
            }
        }

        // The content types' names, which the editor and the lists show ("New post", "Posts").
        foreach (var type in typeof(IContentTypeDefinition).Assembly.GetTypes().Where(t => typeof(IContentTypeDefinition).IsAssignableFrom(t) && t.IsClass && t != typeof(UntypedContent)))
        {
            var definition = (IContentTypeDefinition)RuntimeHelpers.GetUninitializedObject(type);
            yield return definition.DisplayName;
            yield return definition.ListTitle;
        }

        foreach (var kind in Enum.GetValues<BlockKind>()) yield return BlockNames.Of(kind);

        // The enums whose values pages show through EnumNames.
        IEnumerable<Enum> shown = [.. Enum.GetValues<ContentStatus>().Cast<Enum>(), .. Enum.GetValues<TenantStatus>().Cast<Enum>(),
            .. Enum.GetValues<OutboxState>().Cast<Enum>(), .. Enum.GetValues<CheckOutcome>().Cast<Enum>(), .. Enum.GetValues<AnnouncementTone>().Cast<Enum>()];
        foreach (var value in shown) yield return value.ToString();
        foreach (var role in BuiltInRoles.All) yield return RoleNames.Key(role);
    }

    // Messages are looked up in the shared strings, which reach every module's own.
    private void ShouldAllBeTranslated(IEnumerable<SourceText> messages)
    {
        var localizer = _factory.Create(typeof(SharedResource));
        var problems = messages.Select(m => (m.Place, Problem: Check(localizer[m.Key], counted: false))).Where(p => p.Problem is not null)
            .Select(p => $"{p.Place}: {p.Problem}").Distinct().ToList();

        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    /// <summary>What is wrong with a text's Russian, or null when it is fine.</summary>
    private static string? Check(LocalizedString text, bool counted)
    {
        if (text.ResourceNotFound) return $"“{text.Name}” has no Russian translation";
        if (string.IsNullOrWhiteSpace(text.Value)) return $"“{text.Name}” has an empty Russian translation";
        if (text.Value == text.Name && !SameInEveryLanguage.Allows(text.Name)) return $"“{text.Name}” is “translated” as itself";
        var forms = counted ? text.Value.Split('|') : [text.Value];
        if (counted && forms.Length != 3) return $"“{text.Name}” needs the three Russian forms (1 | 2–4 | 5+) joined by |, has “{text.Value}”";
        var expected = SourceTexts.Placeholders(counted ? text.Name.Split('|')[0] : text.Name);
        return forms.FirstOrDefault(f => !SourceTexts.Placeholders(f).SetEquals(expected)) is { } wrong
            ? $"“{text.Name}” and its translation “{wrong}” have different placeholders"
            : null;
    }

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _before;
        _services.Dispose();
    }
}
