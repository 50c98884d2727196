using System.Net;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.Security;

/// <summary>The <c>/api/v1</c> token bucket: per caller, 429 problem details with Retry-After once the burst is spent.</summary>
public sealed class ApiRateLimitTests
{
    [Fact]
    public async Task ApiCalls_BeyondTheBurst_Answer429WithRetryAfter()
    {
        await using var app = new StudioAppFactory { ApiBurst = 3, ApiPermitPerSecond = 1 };
        using var viewer = await app.CreateClientAsync(Roles.Viewer);

        // The bucket refills one token a second, so a slow machine may see a few more 200s; 20 calls always spend it.
        var statuses = new List<HttpStatusCode>();
        using var limited = await CallUntilLimitedAsync(viewer, statuses);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(3));
        var problem = await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("Retry-After", problem.GetProperty("detail").GetString());
        Assert.NotNull(limited.Headers.RetryAfter?.Delta);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task ApiLimit_IsPerCaller_SoOneUsersLoopDoesNotLockOutAnother()
    {
        await using var app = new StudioAppFactory { ApiBurst = 2, ApiPermitPerSecond = 1 };
        using var busy = await app.CreateClientAsync(Roles.Viewer);
        using var other = await app.CreateClientAsync(Roles.Viewer);

        using var busyLimited = await CallUntilLimitedAsync(busy, []);
        using var otherResponse = await other.GetAsync("/api/v1/channels");

        Assert.Equal(HttpStatusCode.TooManyRequests, busyLimited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherResponse.StatusCode);
    }

    /// <summary>Calls <c>GET channels</c> until a 429 (returned) or 20 calls (the last returned); the statuses before it go to <paramref name="before"/>.</summary>
    private static async Task<HttpResponseMessage> CallUntilLimitedAsync(HttpClient client, List<HttpStatusCode> before)
    {
        for (var i = 0; ; i++)
        {
            var response = await client.GetAsync("/api/v1/channels");
            if (response.StatusCode == HttpStatusCode.TooManyRequests || i == 19) return response;
            before.Add(response.StatusCode);
            response.Dispose();
        }
    }
}
