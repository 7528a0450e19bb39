namespace RusToK.Components.Kernel.Shared;

/// <summary>"1 user", "3 users": counts that read like a sentence.</summary>
public static class Counted
{
    public static string Of(int count, string singular, string? plural = null) =>
        $"{count} {(count == 1 ? singular : plural ?? singular + "s")}";
}
