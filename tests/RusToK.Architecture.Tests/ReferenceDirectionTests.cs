using System.Reflection;
using NetArchTest.Rules;
using RusToK.Domain.Kernel.Modules;

namespace RusToK.Architecture.Tests;

/// <summary>Keeps the arrows of ARCHITECTURE.md true: Web → Components → Domain, Web → Infrastructure → Domain.</summary>
public sealed class ReferenceDirectionTests
{
    private static readonly Assembly Domain = typeof(RusToK.Domain.Kernel.Entities.Entity).Assembly;
    private static readonly Assembly Infrastructure = typeof(RusToK.Infrastructure.InfrastructureRegistration).Assembly;
    private static readonly Assembly Components = typeof(RusToK.Components.Kernel.Theme.RusToKTheme).Assembly;
    private static readonly Assembly Web = typeof(Program).Assembly;
    private static readonly Assembly[] All = [Domain, Infrastructure, Components, Web];

    private static readonly string[] ModulesAndCapabilities =
        All.SelectMany(a => new[] { $"{a.GetName().Name}.Modules", $"{a.GetName().Name}.Capabilities" }).ToArray();

    [Fact]
    public void Domain_references_no_provider_host_ui_or_job_framework()
    {
        var result = Types.InAssembly(Domain).ShouldNot().HaveDependencyOnAny(
            "RusToK.Infrastructure", "RusToK.Components", "RusToK.Web", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore.Sqlite",
            "Pomelo", "Hangfire", "MudBlazor", "Elasticsearch", "Lucene", "Microsoft.AspNetCore.SignalR").GetResult();
        result.IsSuccessful.ShouldBeTrue(Offenders(result));
    }

    [Fact]
    public void Components_talk_to_the_domain_never_to_infrastructure_or_the_host()
    {
        var result = Types.InAssembly(Components).ShouldNot().HaveDependencyOnAny("RusToK.Infrastructure", "RusToK.Web", "Microsoft.EntityFrameworkCore.Sqlite", "Pomelo", "Hangfire").GetResult();
        result.IsSuccessful.ShouldBeTrue(Offenders(result));
    }

    [Fact]
    public void Infrastructure_knows_nothing_of_the_ui_or_the_host()
    {
        var result = Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOnAny("RusToK.Components", "RusToK.Web", "MudBlazor").GetResult();
        result.IsSuccessful.ShouldBeTrue(Offenders(result));
    }

    [Fact]
    public void The_kernel_names_no_module_and_no_capability_in_any_project()
    {
        foreach (var assembly in All)
        {
            // Everything that is not a module or a capability is the kernel: Kernel/ folders, the host's shell and Program.
            var result = Types.InAssembly(assembly)
                .That().DoNotResideInNamespace($"{assembly.GetName().Name}.Modules").And().DoNotResideInNamespace($"{assembly.GetName().Name}.Capabilities")
                .ShouldNot().HaveDependencyOnAny(ModulesAndCapabilities).GetResult();
            result.IsSuccessful.ShouldBeTrue(Offenders(result));
        }
    }

    [Fact]
    public void A_capability_names_no_module()
    {
        var modules = All.Select(a => $"{a.GetName().Name}.Modules").ToArray();
        foreach (var assembly in All)
        {
            var result = Types.InAssembly(assembly).That().ResideInNamespace($"{assembly.GetName().Name}.Capabilities").ShouldNot().HaveDependencyOnAny(modules).GetResult();
            result.IsSuccessful.ShouldBeTrue(Offenders(result));
        }
    }

    [Fact]
    public void A_module_reaches_only_into_the_modules_it_declares_it_depends_on()
    {
        // Folder name (Content) → descriptor, from the descriptors in each module's Domain folder.
        var descriptors = Domain.GetTypes().Where(t => t.IsSubclassOf(typeof(ModuleDescriptor)) && t.Namespace!.StartsWith("RusToK.Domain.Modules.", StringComparison.Ordinal))
            .ToDictionary(t => t.Namespace!.Split('.')[3], t => (ModuleDescriptor)Activator.CreateInstance(t)!);
        var folderOf = descriptors.ToDictionary(d => d.Value.Name, d => d.Key);
        foreach (var (module, descriptor) in descriptors)
        {
            var allowed = descriptor.DependsOn.Select(name => folderOf[name]).Append(module).ToHashSet();
            var others = descriptors.Keys.Where(m => !allowed.Contains(m))
                .SelectMany(m => All.Select(a => $"{a.GetName().Name}.Modules.{m}")).ToArray();
            if (others.Length == 0) continue;
            foreach (var assembly in All)
            {
                var result = Types.InAssembly(assembly).That().ResideInNamespace($"{assembly.GetName().Name}.Modules.{module}").ShouldNot().HaveDependencyOnAny(others).GetResult();
                result.IsSuccessful.ShouldBeTrue(Offenders(result));
            }
        }

        descriptors.Keys.ShouldContain("Announcements");
        descriptors["Blog"].DependsOn.ShouldContain("content");
    }

    private static string Offenders(TestResult result) => "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []);
}
