using RusToK.Web.Kernel.Seeding;

namespace RusToK.Web.Tests.Hosting;

/// <summary>The generated administrator password is printed where a deployer cannot miss it.</summary>
public sealed class FirstStartNoticeTests
{
    [Fact]
    public void The_notice_is_a_framed_block_with_every_line_inside_it()
    {
        var notice = new FirstStartNotice();
        notice.Add("Platform administrator: admin@rustok.local / Rk-secret9a");
        notice.Add("Generated on this first start.");
        var output = new StringWriter();

        notice.Print(output);

        var lines = output.ToString().TrimEnd().Split(Environment.NewLine);
        lines.Length.ShouldBe(4);
        lines[0].ShouldBe(lines[^1]);
        lines[0].ShouldStartWith("====");
        lines[1].ShouldContain("admin@rustok.local / Rk-secret9a");
        lines.Skip(1).Take(2).ShouldAllBe(l => l.StartsWith("| ") && l.EndsWith(" |") && l.Length == lines[0].Length);
    }

    [Fact]
    public void Nothing_is_printed_when_no_password_was_generated()
    {
        var output = new StringWriter();

        new FirstStartNotice().Print(output);

        output.ToString().ShouldBeEmpty();
    }
}
