namespace RusToK.Web.Kernel.Seeding;

/// <summary>
/// What the deployer must read on the first start (a generated password), printed as a framed block once the host
/// is ready, below the start-up logs where a single info line was easy to miss.
/// </summary>
public sealed class FirstStartNotice
{
    private readonly List<string> _lines = [];

    public void Add(string line)
    {
        lock (_lines) _lines.Add(line);
    }

    public void Print(TextWriter output)
    {
        string[] lines;
        lock (_lines) lines = [.. _lines];
        if (lines.Length == 0) return;
        var width = lines.Max(l => l.Length) + 4;
        var rule = new string('=', width);
        output.WriteLine(rule);
        foreach (var line in lines) output.WriteLine($"| {line.PadRight(width - 4)} |");
        output.WriteLine(rule);
    }
}
