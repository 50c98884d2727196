using System.Net;
using YouTubeStudio.Core.YouTube;
using YouTubeStudio.Tests.Fixtures;
using YouTubeStudio.Tests.Fixtures.FakeYouTube;

namespace YouTubeStudio.Tests.YouTube;

public sealed class YouTubeClientAnalyticsTests : IClassFixture<FakeYouTubeServer>, IDisposable
{
    private static readonly DateOnly Day1 = new(2026, 11, 1);
    private readonly FakeYouTubeServer _server;
    private readonly YouTubeHarness _yt;

    public YouTubeClientAnalyticsTests(FakeYouTubeServer server)
    {
        _server = server;
        _server.Reset();
        _yt = new YouTubeHarness(server);
    }

    public void Dispose() => _yt.Dispose();

    [Fact]
    public async Task QueryReport_ReproducesTheRecordedResultTable()
    {
        using var client = await _yt.ConnectClientAsync();
        var recorded = SampleData.LoadObject("sample_responses/analytix/reports_query_day_views_likes_comments_revenue.json");
        var rows = recorded["rows"]!.AsArray();

        var report = await client.QueryReportAsync(
            new YouTubeReportQuery(new DateOnly(2022, 6, 20), new DateOnly(2022, 6, 26), ["views", "likes", "comments", "grossRevenue"], ["day"], Sort: "day"),
            CancellationToken.None);

        Assert.Equal(recorded["columnHeaders"]!.AsArray().Select(h => ((string)h!["name"]!, (string)h["columnType"]!, (string)h["dataType"]!)),
            report.Columns.Select(c => (c.Name, c.ColumnType, c.DataType)));
        Assert.Equal(rows.Count, report.Rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var expected = rows[i]!.AsArray();
            Assert.Equal((string)expected[0]!, report.Rows[i].GetString("day"));
            Assert.Equal(expected[1]!.GetValue<long>(), report.Rows[i].GetInt64("views"));
            Assert.Equal(expected[2]!.GetValue<long>(), report.Rows[i].GetInt64("likes"));
            Assert.Equal(expected[3]!.GetValue<long>(), report.Rows[i].GetInt64("comments"));
            Assert.Equal(expected[4]!.GetValue<decimal>(), report.Rows[i].GetDecimal("grossRevenue"));
        }

        var request = Assert.Single(_server.RequestsTo("/v2/reports"));
        Assert.Equal("channel==MINE", request.Query["ids"]);
        Assert.Equal("2022-06-20", request.Query["startDate"]);
        Assert.Equal("2022-06-26", request.Query["endDate"]);
        Assert.Equal("views,likes,comments,grossRevenue", request.Query["metrics"]);
        Assert.Equal("day", request.Query["dimensions"]);
    }

    [Fact]
    public async Task QueryReport_WithNoData_HasColumnsButNoRows()
    {
        using var client = await _yt.ConnectClientAsync();

        var report = await client.QueryReportAsync(new YouTubeReportQuery(new DateOnly(2030, 1, 1), new DateOnly(2030, 1, 31), ["views", "likes"], ["day"]), CancellationToken.None);

        Assert.Equal(["day", "views", "likes"], report.Columns.Select(c => c.Name));
        Assert.Empty(report.Rows);
    }

    [Fact]
    public async Task EstimatedRevenue_WithoutTheMonetaryScope_IsRefusedWith403()
    {
        _server.OAuth.ConsentScopes = [YouTubeScopes.ReadOnly, YouTubeScopes.AnalyticsReadOnly];
        using var client = await _yt.ConnectClientAsync();

        var e = await Assert.ThrowsAsync<YouTubeApiException>(() => client.QueryReportAsync(
            new YouTubeReportQuery(Day1, Day1.AddDays(6), ["views", "estimatedRevenue"], ["day"]), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, e.StatusCode);
        Assert.Equal("forbidden", e.Reason);
    }

    [Fact]
    public async Task Reports_WithoutAnyAnalyticsScope_AreRefusedWithInsufficientPermissions()
    {
        _server.OAuth.ConsentScopes = [YouTubeScopes.Upload];
        using var client = await _yt.ConnectClientAsync();

        var e = await Assert.ThrowsAsync<YouTubeApiException>(() => client.GetChannelDailyMetricsAsync(Day1, Day1, CancellationToken.None));

        Assert.Equal("insufficientPermissions", e.Reason);
    }

    [Fact]
    public async Task ChannelDailyMetrics_WithoutTheMonetaryScope_OmitRevenueAndSumEveryVideo()
    {
        _server.OAuth.ConsentScopes = [YouTubeScopes.ReadOnly, YouTubeScopes.AnalyticsReadOnly];
        var data = Dataset();
        _server.Analytics.SetDataset(data);
        using var client = await _yt.ConnectClientAsync();

        var days = await client.GetChannelDailyMetricsAsync(Day1, Day1.AddDays(2), CancellationToken.None);

        Assert.DoesNotContain("estimatedRevenue", _server.RequestsTo("/v2/reports").Single().Query["metrics"]);
        Assert.Equal([Day1, Day1.AddDays(1), Day1.AddDays(2)], days.Select(d => d.Day));
        foreach (var day in days)
        {
            var source = data.Where(d => d.Day == day.Day).ToList();
            Assert.Equal((long)source.Sum(d => d.Metrics["views"]), day.Views);
            Assert.Equal((long)source.Sum(d => d.Metrics["estimatedMinutesWatched"]), day.EstimatedMinutesWatched);
            Assert.Equal((long)source.Sum(d => d.Metrics["subscribersGained"]), day.SubscribersGained);
            Assert.Equal((long)source.Sum(d => d.Metrics["subscribersLost"]), day.SubscribersLost);
            Assert.Equal((long)source.Sum(d => d.Metrics["likes"]), day.Likes);
            Assert.Equal((long)source.Sum(d => d.Metrics["comments"]), day.Comments);
            Assert.Equal((long)source.Sum(d => d.Metrics["shares"]), day.Shares);
            Assert.True(day.AverageViewDurationSeconds > 0);
            Assert.Null(day.EstimatedRevenue);
        }
    }

    [Fact]
    public async Task ChannelDailyMetrics_WithTheMonetaryScope_IncludeRevenue()
    {
        var data = Dataset();
        _server.Analytics.SetDataset(data);
        using var client = await _yt.ConnectClientAsync();

        var days = await client.GetChannelDailyMetricsAsync(Day1, Day1.AddDays(2), CancellationToken.None);

        Assert.Contains("estimatedRevenue", _server.RequestsTo("/v2/reports").Single().Query["metrics"]);
        Assert.Equal(data.Where(d => d.Day == Day1).Sum(d => d.Metrics["estimatedRevenue"]), days[0].EstimatedRevenue);
    }

    [Fact]
    public async Task VideoDailyMetrics_FilterOneVideo()
    {
        var data = Dataset();
        _server.Analytics.SetDataset(data);
        using var client = await _yt.ConnectClientAsync();

        var days = await client.GetVideoDailyMetricsAsync("video-b", Day1, Day1.AddDays(1), CancellationToken.None);

        Assert.Equal("video==video-b", _server.RequestsTo("/v2/reports").Single().Query["filters"]);
        Assert.Equal(data.Where(d => d.VideoId == "video-b" && d.Day <= Day1.AddDays(1)).Select(d => (long)d.Metrics["views"]), days.Select(d => d.Views));
        var first = data.Single(d => d.VideoId == "video-b" && d.Day == Day1);
        Assert.Equal((long)Math.Round(first.Metrics["estimatedMinutesWatched"] * 60 / first.Metrics["views"]), days[0].AverageViewDurationSeconds);
    }

    [Fact]
    public async Task TopVideos_AreSortedByViewsOverTheRange()
    {
        var data = Dataset();
        _server.Analytics.SetDataset(data);
        using var client = await _yt.ConnectClientAsync();

        var top = await client.GetTopVideosAsync(Day1, Day1.AddDays(2), 2, CancellationToken.None);

        var expected = data.GroupBy(d => d.VideoId)
            .Select(g => (Id: g.Key, Views: (long)g.Sum(d => d.Metrics["views"])))
            .OrderByDescending(v => v.Views).Take(2).ToList();
        Assert.Equal(expected, top.Select(t => (t.VideoId, t.Views)));
        var request = _server.RequestsTo("/v2/reports").Single();
        Assert.Equal(("video", "-views", "2"), (request.Query["dimensions"], request.Query["sort"], request.Query["maxResults"]));
    }

    private static List<AnalyticsDay> Dataset()
    {
        var random = new Random(42);
        var days = new List<AnalyticsDay>();
        foreach (var video in new[] { "video-a", "video-b", "video-c" })
        {
            for (var i = 0; i < 3; i++)
            {
                var views = random.Next(100, 5000);
                days.Add(new AnalyticsDay(Day1.AddDays(i), video, new Dictionary<string, decimal>
                {
                    ["views"] = views,
                    ["estimatedMinutesWatched"] = views * random.Next(1, 6),
                    ["subscribersGained"] = random.Next(0, 50),
                    ["subscribersLost"] = random.Next(0, 10),
                    ["likes"] = random.Next(0, 300),
                    ["comments"] = random.Next(0, 40),
                    ["shares"] = random.Next(0, 30),
                    ["estimatedRevenue"] = Math.Round((decimal)random.NextDouble() * 20, 3),
                }));
            }
        }

        return days;
    }
}
