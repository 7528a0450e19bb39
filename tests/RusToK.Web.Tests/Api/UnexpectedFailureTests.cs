using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Modules.Content;
using RusToK.Testing;

namespace RusToK.Web.Tests.Api;

/// <summary>A failure nobody planned for still answers a program in JSON it can read.</summary>
public sealed class UnexpectedFailureTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task An_unexpected_failure_behind_the_api_answers_with_problem_details_and_a_trace_id()
    {
        using var broken = app.SecondHost(b => b.ConfigureTestServices(s => s.AddSingleton<IPublishingScheduler, UnreachableJobStore>()));
        var token = await broken.CreateClient().TokenAsync("editor@demo.local", "Editor123!", "demo");
        var editor = broken.CreateClient().WithBearer(token["accessToken"]!.GetValue<string>());
        var draft = await (await editor.PostAsJsonAsync("/api/v1/content", new { title = "Due tomorrow", type = "post" })).JsonAsync();

        var response = await editor.PostAsJsonAsync($"/api/v1/content/{draft["id"]}/schedule", new { publishAt = DateTime.UtcNow.AddDays(1) });

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await response.JsonAsync();
        problem["title"]!.GetValue<string>().ShouldBe("Something went wrong on our side.");
        problem["traceId"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        problem.ToJsonString().ShouldNotContain("unreachable", Case.Insensitive);
    }

    private sealed class UnreachableJobStore : IPublishingScheduler
    {
        public void WakeAt(DateTime utc) => throw new InvalidOperationException("The job store is unreachable.");
    }
}
