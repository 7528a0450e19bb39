namespace RusToK.Components.Kernel.Dashboard;

/// <summary>A health check's registered name ("database", "outbox") as a heading the localizer knows ("Database").</summary>
public static class HealthCheckNames
{
    public static string Title(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
