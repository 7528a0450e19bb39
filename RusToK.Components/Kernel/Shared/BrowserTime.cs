namespace RusToK.Components.Kernel.Shared;

/// <summary>
/// The reader's clock: the server runs in UTC (or its own zone), so times are shown and entered in the
/// browser's offset, which the admin layout reads once per circuit and cascades.
/// </summary>
public sealed record BrowserTime(int OffsetMinutes)
{
    public static BrowserTime Utc { get; } = new(0);

    public DateTime ToLocal(DateTime utc) => DateTime.SpecifyKind(utc.AddMinutes(-OffsetMinutes), DateTimeKind.Unspecified);

    public DateTime ToUtc(DateTime local) => DateTime.SpecifyKind(local.AddMinutes(OffsetMinutes), DateTimeKind.Utc);

    public string Format(DateTime utc) => ToLocal(utc).ToString("g", System.Globalization.CultureInfo.CurrentUICulture);
}
