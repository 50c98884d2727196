using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Analytics;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.Analytics;

/// <summary><c>/api/v1/analytics</c> through the whole app on SQLite: dashboard, import preview and commit, the demo channel.</summary>
public sealed class AnalyticsEndpointsTests(StudioAppFactory app) : IClassFixture<StudioAppFactory>
{
    private const string Daily = """
        date,views,watch_minutes,subscribers_gained,subscribers_lost,revenue
        2026-11-01,100,60,5,1,1.234567
        2026-11-02,250,120.5,7,0,2.5
        2026-11-03,oops,1,1,1,1
        """;

    private async Task<long> CreateChannelAsync(HttpClient client)
    {
        using var response = await client.PostJsonAsync("/api/v1/channels", new { name = $"Analytics {Guid.NewGuid():N}"[..30] });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("id").GetInt64();
    }

    private static MultipartFormDataContent Form(string csv, long? channelId, bool? commit, string fileName = "daily.csv")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        if (channelId is { } id) form.Add(new StringContent(id.ToString(System.Globalization.CultureInfo.InvariantCulture)), "channel_id");
        if (commit is { } c) form.Add(new StringContent(c ? "true" : "false"), "commit");
        return form;
    }

    [Fact]
    public async Task Import_PreviewThenCommitTwice_AndTheDashboardShowsTheSameNumbers()
    {
        using var admin = await app.CreateClientAsync(Roles.Admin);
        var channelId = await CreateChannelAsync(admin);

        using var preview = await admin.PostAsync("/api/v1/analytics/import", Form(Daily, channelId, commit: false));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var p = await preview.ReadJsonAsync();
        Assert.False(p.GetProperty("committed").GetBoolean());
        Assert.Equal("channel_daily", p.GetProperty("format").GetString());
        Assert.Equal(3, p.GetProperty("rows").GetInt32());
        Assert.Equal(2, p.GetProperty("valid_rows").GetInt32());
        Assert.Equal(2, p.GetProperty("would_write").GetProperty("inserted").GetInt32());
        var error = p.GetProperty("errors")[0];
        Assert.Equal((4, "views"), (error.GetProperty("line").GetInt32(), error.GetProperty("column").GetString()));

        using var commit = await admin.PostAsync("/api/v1/analytics/import", Form(Daily, channelId, commit: true));
        var c = await commit.ReadJsonAsync();
        Assert.True(c.GetProperty("committed").GetBoolean());
        Assert.Equal(2, c.GetProperty("would_write").GetProperty("inserted").GetInt32());
        using var again = await admin.PostAsync("/api/v1/analytics/import", Form(Daily, channelId, commit: true));
        var a = await again.ReadJsonAsync();
        Assert.Equal((0, 0, 2), (a.GetProperty("would_write").GetProperty("inserted").GetInt32(), a.GetProperty("would_write").GetProperty("updated").GetInt32(), a.GetProperty("would_write").GetProperty("unchanged").GetInt32()));

        using var response = await admin.GetAsync($"/api/v1/analytics/dashboard?channel_id={channelId}&from=2026-11-01&to=2026-11-03");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var d = await response.ReadJsonAsync();
        var kpis = d.GetProperty("kpis");
        Assert.Equal(350, kpis.GetProperty("views").GetProperty("value").GetInt64());
        Assert.Equal(3.734567m, kpis.GetProperty("revenue_usd").GetProperty("value").GetDecimal());
        Assert.Equal(11, kpis.GetProperty("net_subscribers").GetProperty("value").GetInt64());
        Assert.Equal(JsonValueKind.Null, kpis.GetProperty("roi").GetProperty("value").ValueKind);
        Assert.Equal(["2026-11-01", "2026-11-02", "2026-11-03"], d.GetProperty("daily").EnumerateArray().Select(x => x.GetProperty("date").GetString()));
        Assert.Equal([100L, 250, 0], d.GetProperty("daily").EnumerateArray().Select(x => x.GetProperty("views").GetInt64()));
        Assert.Equal("2026-10-29", d.GetProperty("previous_from").GetString());

        // The page's service gives the same numbers.
        var service = app.Services.GetRequiredService<IAnalyticsService>();
        var same = (await service.GetDashboardAsync(channelId, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 3)))!;
        Assert.Equal(same.Kpis.RevenueUsd.Value, kpis.GetProperty("revenue_usd").GetProperty("value").GetDecimal());
        Assert.Equal(same.Kpis.WatchHours.Value, kpis.GetProperty("watch_hours").GetProperty("value").GetDecimal());
    }

    [Theory]
    [InlineData("from=2026-11-05&to=2026-11-01", "from")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-13-01", "to")]
    [InlineData("from=2020-01-01&to=2026-11-01", "to")]
    public async Task Dashboard_BadRange_Answers400WithTheField(string query, string field)
    {
        using var viewer = await app.CreateClientAsync(Roles.Viewer);

        using var response = await viewer.GetAsync($"/api/v1/analytics/dashboard?{query}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Dashboard_DefaultsToTheLast28Days_AndAnswers404ForAnUnknownChannelAnd401Anonymous()
    {
        using var viewer = await app.CreateClientAsync(Roles.Viewer);

        using var ok = await viewer.GetAsync("/api/v1/analytics/dashboard");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(28, (await ok.ReadJsonAsync()).GetProperty("daily").GetArrayLength());

        using var missing = await viewer.GetAsync("/api/v1/analytics/dashboard?channel_id=987654");
        await missing.AssertProblemAsync(HttpStatusCode.NotFound);

        using var anonymous = app.CreateClient();
        using var unauthorized = await anonymous.GetAsync("/api/v1/analytics/dashboard");
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
    }

    [Fact]
    public async Task Import_BadRequests_Answer400_404_413_422_AndViewersGet403()
    {
        using var admin = await app.CreateClientAsync(Roles.Admin);
        var channelId = await CreateChannelAsync(admin);

        using var noChannel = await admin.PostAsync("/api/v1/analytics/import", Form(Daily, null, false));
        await noChannel.AssertProblemAsync(HttpStatusCode.BadRequest);
        using var unknown = await admin.PostAsync("/api/v1/analytics/import", Form(Daily, 987654, false));
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
        using var tooLarge = await admin.PostAsync("/api/v1/analytics/import", Form("date,views\n" + new string('x', 6 * 1024 * 1024), channelId, false));
        await tooLarge.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        using var garbage = await admin.PostAsync("/api/v1/analytics/import", Form("hello,world\n1,2\n", channelId, true));
        var problem = await garbage.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("UnrecognizedFormat", problem.GetProperty("reason").GetString());
        using var noValid = await admin.PostAsync("/api/v1/analytics/import", Form("date,views\nnope,1\n", channelId, true));
        var noValidProblem = await noValid.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(2, noValidProblem.GetProperty("row_errors")[0].GetProperty("line").GetInt32());

        using var viewer = await app.CreateClientAsync(Roles.Viewer);
        using var forbidden = await viewer.PostAsync("/api/v1/analytics/import", Form(Daily, channelId, true));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task Import_OfHostileUploads_AnswersProblemDetails_Never500()
    {
        using var admin = await app.CreateClientAsync(Roles.Admin);
        var channelId = await CreateChannelAsync(admin);
        var maxBytes = app.Services.GetRequiredService<IOptions<AnalyticsImportOptions>>().Value.MaxBytes;
        var random = new Random(20_260_304);
        var noise = new byte[64 * 1024];
        random.NextBytes(noise);
        var oneOverTheLimit = Encoding.UTF8.GetBytes("date,views\n" + new string('9', (int)maxBytes - 10));

        foreach (var (name, bytes, status) in new (string, byte[], HttpStatusCode)[]
        {
            ("one byte over the limit", oneOverTheLimit, HttpStatusCode.RequestEntityTooLarge),
            ("random bytes", noise, HttpStatusCode.UnprocessableEntity),
            ("NUL bytes and invalid UTF-8", [0, 0, 0xC3, 0x28, 0xFF, (byte)',', 0xED, 0xA0, 0x80, (byte)'\n', 0], HttpStatusCode.UnprocessableEntity),
            ("a quote that never closes", Encoding.UTF8.GetBytes("date,views\n\"2026-11-01,1\n2026-11-02,2\n"), HttpStatusCode.UnprocessableEntity),
        })
        {
            using var response = await admin.PostAsync("/api/v1/analytics/import", Form(bytes, channelId));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == status, $"{name}: expected {(int)status} but got {(int)response.StatusCode}: {text[..Math.Min(300, text.Length)]}");
            await response.AssertProblemAsync(status);
        }

        // Broken multipart bodies are the client's fault: a 400 problem, not an unhandled exception.
        foreach (var (name, contentType, body) in new[]
        {
            ("multipart without a boundary", "multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\ndate\r\n--x--\r\n"),
            ("multipart cut off in a part", "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\ndate,views\r\n2026"),
            ("multipart of random text", "multipart/form-data; boundary=x", "\u0000garbage\r\n--y\r\n"),
            ("a form that is not multipart", "application/x-www-form-urlencoded", "%%%===&&&channel_id=%ZZ"),
        })
        {
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            using var response = await admin.PostAsync($"/api/v1/analytics/import?channel_id={channelId}", content);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: expected 400 but got {(int)response.StatusCode}: {text[..Math.Min(300, text.Length)]}");
            await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        }
    }

    private static MultipartFormDataContent Form(byte[] csv, long channelId)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "upload.csv");
        form.Add(new StringContent(channelId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "channel_id");
        form.Add(new StringContent("false"), "commit");
        return form;
    }

    [Fact]
    public async Task Demo_LoadRefreshAndRemove()
    {
        using var admin = await app.CreateClientAsync(Roles.Admin);

        using var created = await admin.PostAsync("/api/v1/analytics/demo", null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var demo = await created.ReadJsonAsync();
        var id = demo.GetProperty("channel_id").GetInt64();
        Assert.Equal($"/api/v1/channels/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(365, demo.GetProperty("channel_days").GetInt32());
        Assert.Equal(60, demo.GetProperty("videos").GetInt32());

        using var refreshed = await admin.PostAsync("/api/v1/analytics/demo", null);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(id, (await refreshed.ReadJsonAsync()).GetProperty("channel_id").GetInt64());

        using var dashboard = await admin.GetAsync($"/api/v1/analytics/dashboard?channel_id={id}");
        var d = await dashboard.ReadJsonAsync();
        Assert.True(d.GetProperty("kpis").GetProperty("views").GetProperty("value").GetInt64() > 0);
        Assert.StartsWith("demo-", d.GetProperty("top_videos")[0].GetProperty("youtube_video_id").GetString());
        Assert.True(d.GetProperty("kpis").GetProperty("cost_usd").GetProperty("value").GetDecimal() >= 0);

        using var viewer = await app.CreateClientAsync(Roles.Viewer);
        using var forbidden = await viewer.DeleteAsync("/api/v1/analytics/demo");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        using var removed = await admin.DeleteAsync("/api/v1/analytics/demo");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        using var gone = await admin.DeleteAsync("/api/v1/analytics/demo");
        await gone.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
