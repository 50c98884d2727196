using System.Net;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.Security;

public sealed class SecurityHeadersTests(StudioAppFactory app) : IClassFixture<StudioAppFactory>
{
    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/health/live")]
    [InlineData("/api/v1/channels")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
    }

    [Fact]
    public async Task Metrics_AreServedInPrometheusFormat_WithTheQueueDepth()
    {
        using var client = app.CreateClient();
        (await client.GetAsync("/health/ready")).Dispose();
        using var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("studio_queue_depth", text);
        Assert.Contains("status=\"queued\"", text);
    }
}
