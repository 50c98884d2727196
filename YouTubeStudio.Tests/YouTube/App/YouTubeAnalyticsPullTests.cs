using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Core.YouTube.Integration;
using YouTubeStudio.Tests.Fixtures;
using YouTubeStudio.Tests.Fixtures.FakeYouTube;

namespace YouTubeStudio.Tests.YouTube.App;

/// <summary>The analytics pull of a connected channel against the fake Google server, into the app's tables.</summary>
public sealed class YouTubeAnalyticsPullTests(FakeYouTubeServer server) : IClassFixture<FakeYouTubeServer>
{
    [Fact]
    public async Task Pull_OfAConnectedChannel_StoresEveryDayExactlyOnceAndTheVideos()
    {
        server.Reset();
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var days = Enumerable.Range(0, 40).Select(i => new AnalyticsDay(yesterday.AddDays(-i), FakeAnalytics.RecordedVideoId,
            new Dictionary<string, decimal> { ["views"] = 100 + i, ["estimatedMinutesWatched"] = 50 + i, ["likes"] = i, ["subscribersGained"] = 2, ["subscribersLost"] = 1 })).ToList();
        server.Analytics.SetDataset(days);
        server.Data.AddVideo("pulledVid01", "Why batteries wear out", "PT45S", 1234, 56, 7, "battery", "science");

        await using var app = new StudioAppFactory { Settings = YouTubeAppFixture.SettingsFor(server, new Dictionary<string, string?> { ["Analytics:BackfillDays"] = "30" }) };
        await app.CreateUserAsync(Roles.Admin);
        var channelId = await YouTubeAppFixture.CreateChannelAsync(app);
        using (var browser = await YouTubeAppFixture.BrowserAsync(app, Roles.Manager))
        using (await YouTubeAppFixture.ConnectAsync(server, browser, channelId))
        {
        }

        var puller = app.Services.GetRequiredService<IYouTubeAnalyticsPuller>();
        var first = await puller.PullAsync(channelId, CancellationToken.None);
        var second = await puller.PullAsync(channelId, CancellationToken.None);

        await using var db = await YouTubeAppFixture.Db(app).CreateDbContextAsync();
        var stored = await db.ChannelAnalytics.Where(a => a.ChannelId == channelId).OrderBy(a => a.Date).ToListAsync();
        var expected = days.Where(d => d.Day >= first.From && d.Day <= first.To).ToList();
        Assert.Equal(yesterday.AddDays(1).AddDays(-30), first.From); // Analytics:BackfillDays before today
        Assert.Equal(expected.Count, stored.Count);
        Assert.Equal(expected.Sum(d => (long)d.Metrics["views"]), stored.Sum(a => a.Views));
        Assert.All(stored, a => Assert.Equal("youtube", a.Source));
        Assert.Equal(0, second.ChannelDays);
        Assert.True(second.From > first.From, "the second pull is incremental");
        var video = await db.ChannelVideos.SingleAsync(v => v.ChannelId == channelId && v.YouTubeVideoId == "pulledVid01");
        Assert.Equal("Why batteries wear out", video.Title);
        Assert.Equal(45, video.DurationSeconds);
        Assert.Equal(1234, video.Views);
        Assert.NotNull((await db.Channels.SingleAsync(c => c.Id == channelId)).LastAnalyticsPullAt);
    }

    [Fact]
    public async Task Refresh_OfAChannelThatIsNotConnected_IsAConflict_AndOfAnUnknownOneNotFound()
    {
        server.Reset();
        await using var app = new StudioAppFactory { Settings = YouTubeAppFixture.SettingsFor(server) };
        using var api = await app.CreateClientAsync(Roles.Admin);
        var channelId = await YouTubeAppFixture.CreateChannelAsync(app);

        using var notConnected = await api.PostAsync($"/api/v1/channels/{channelId}/analytics/refresh", null);
        await notConnected.AssertProblemAsync(HttpStatusCode.Conflict);
        using var unknown = await api.PostAsync("/api/v1/channels/999999/analytics/refresh", null);
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
