using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using MimeKit;
using RusToK.Testing;

namespace RusToK.Web.Tests.Api;

/// <summary>The host on SQLite with Hangfire on the test Redis (e-mail goes to the test SMTP sink, as for every factory).</summary>
public sealed class RedisAndSmtpAppFactory : RusToKAppFactory
{
    protected override void ConfigureDatabase(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Jobs:RedisConnectionString", Required("RUSTOK_TEST_REDIS"));
        Required("RUSTOK_TEST_SMTP_HOST"); // the base factory routes e-mail to the sink when it is set
    }

    private static string Required(string name) => Environment.GetEnvironmentVariable(name)
        ?? throw new InvalidOperationException($"{name} is not set. Run ./test.sh, which starts the test services and sets it.");
}

/// <summary>Scale-out pieces against real servers: Hangfire on Redis, readiness including Redis, invitations by SMTP.</summary>
public sealed class RealServicesTests(RedisAndSmtpAppFactory app) : IClassFixture<RedisAndSmtpAppFactory>
{
    [Fact]
    public async Task Readiness_checks_redis_when_jobs_run_on_it()
    {
        var response = await app.CreateClient().GetAsync("/health/ready");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Invited_user_receives_an_email_with_a_link_to_choose_a_password()
    {
        var email = $"invitee-{Guid.NewGuid():N}@demo.local";
        var admin = app.CreateClient().WithBearer((await app.CreateClient().TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo"))["accessToken"]!.GetValue<string>());

        (await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = "New Colleague", roles = new[] { "Editor" } })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var message = await MailToAsync(email);
        message.ShouldContain("Subject: You are invited to RusToK Demo");
        message.ShouldContain("account/set-password?userId=");
    }

    [Fact]
    public async Task An_invitation_sent_by_an_admin_who_reads_Russian_is_written_in_Russian()
    {
        var email = $"invitee-{Guid.NewGuid():N}@demo.local";
        var admin = app.CreateClient().WithBearer((await app.CreateClient().TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo"))["accessToken"]!.GetValue<string>());
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");

        (await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Анна", roles = new[] { "Editor" } })).StatusCode.ShouldBe(HttpStatusCode.Created);

        // A Cyrillic subject travels RFC 2047-encoded and the body transfer-encoded: MimeKit reads them back.
        using var raw = new MemoryStream(Encoding.UTF8.GetBytes(await MailToAsync(email)));
        var message = await MimeMessage.LoadAsync(raw);
        message.Subject.ShouldBe("Вас приглашают на сайт «RusToK Demo»");
        var body = WebUtility.HtmlDecode(message.HtmlBody.ShouldNotBeNull());
        body.ShouldContain("Здравствуйте, Анна");
        body.ShouldContain("Вас пригласили на сайт «RusToK Demo». Выберите пароль здесь:");
        body.ShouldContain("account/set-password?userId=");
    }

    [Fact]
    public async Task A_new_sites_owner_is_invited_to_choose_a_password_on_the_new_site()
    {
        var slug = "inv" + Guid.NewGuid().ToString("N")[..6];
        var email = $"owner@{slug}.test";
        var admin = app.CreateClient().WithBearer((await app.CreateClient().TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo"))["accessToken"]!.GetValue<string>());

        var created = await admin.PostAsJsonAsync("/api/v1/platform/tenants", new { slug, name = $"Tea House {slug}", template = "website", owner = new { email, displayName = "Tanya" } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);

        var message = await MailToAsync(email);
        message.ShouldContain($"Subject: You are invited to Tea House {slug}");
        message.ShouldContain($"/t/{slug}/account/set-password?userId=");
    }

    // The sink writes each message it receives as a file; the send may finish a moment after the request.
    private static async Task<string> MailToAsync(string email)
    {
        var mailDir = Environment.GetEnvironmentVariable("RUSTOK_TEST_MAIL_DIR") ?? throw new InvalidOperationException("RUSTOK_TEST_MAIL_DIR is not set.");
        string? message = null;
        for (var i = 0; i < 50 && message is null; i++)
        {
            message = Directory.GetFiles(mailDir, "*.eml").Select(File.ReadAllText).FirstOrDefault(m => m.Contains(email, StringComparison.Ordinal));
            if (message is null) await Task.Delay(100);
        }

        message.ShouldNotBeNull("no e-mail reached the SMTP sink");
        return message;
    }
}
