using System.Text.RegularExpressions;
using MimeKit;

namespace RusToK.E2E.Tests;

/// <summary>Reads what the test SMTP sink received, as the recipient's mail program would.</summary>
public static partial class TestMailbox
{
    public static async Task<string> LinkSentToAsync(string address, string pathPart)
    {
        var folder = Environment.GetEnvironmentVariable("RUSTOK_TEST_MAIL_DIR") ?? throw new InvalidOperationException("RUSTOK_TEST_MAIL_DIR is not set. Run ./test.sh.");
        for (var i = 0; i < 100; i++)
        {
            foreach (var file in Directory.GetFiles(folder, "*.eml").OrderByDescending(File.GetLastWriteTimeUtc))
            {
                var message = await MimeMessage.LoadAsync(file);
                if (!message.To.Mailboxes.Any(m => m.Address == address)) continue;
                var link = Link().Matches(message.HtmlBody ?? "").Select(m => m.Groups[1].Value).FirstOrDefault(l => l.Contains(pathPart, StringComparison.Ordinal));
                if (link is not null) return System.Net.WebUtility.HtmlDecode(link);
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"No e-mail to {address} with a link to {pathPart} arrived.");
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Link();
}
