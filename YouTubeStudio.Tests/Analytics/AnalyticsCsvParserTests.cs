using YouTubeStudio.Core.Analytics;

namespace YouTubeStudio.Tests.Analytics;

public sealed class AnalyticsCsvParserTests
{
    private static Task<ParsedImport> ParseAsync(string text, bool bom = false, long maxBytes = 5 * 1024 * 1024) =>
        AnalyticsCsvParser.ParseAsync(Csv.Stream(text, bom), maxBytes);

    [Fact]
    public async Task ChannelDaily_WithMalformedRows_KeepsTheValidOnesAndReportsEachErrorWithItsLine()
    {
        var parsed = await ParseAsync("""
            date,views,watch_minutes,subscribers_gained,subscribers_lost,revenue
            2026-11-01,"1,200",300.5,12,2,4.25
            2026-13-01,100,10,1,0,0.5
            2026-11-03,-5,10,1,0,0.5
            ,100,10,1,0,0.5
            2026-11-05,abc,10,1,0,0.5
            2026-11-06,80,,3,1,
            2026-11-01,90,10,1,0,0.5
            """);

        Assert.Equal(ImportFormat.ChannelDaily, parsed.Format);
        Assert.Equal(ImportFailure.None, parsed.Failure);
        Assert.Equal(7, parsed.RowCount);
        Assert.Equal(2, parsed.ChannelDays.Count);
        var first = parsed.ChannelDays[0];
        Assert.Equal(new ChannelDayInput(new DateOnly(2026, 11, 1), 1200, 300.5, null, 12, 2, null, null, null, 4.25m), first);
        var partial = parsed.ChannelDays[1];
        Assert.Equal(80, partial.Views);
        Assert.Null(partial.WatchMinutes);
        Assert.Null(partial.EstimatedRevenueUsd);

        Assert.Collection(parsed.Errors,
            e => Assert.Equal((3, "date"), (e.Line, e.Column)),
            e => { Assert.Equal((4, "views"), (e.Line, e.Column)); Assert.Contains("Negative", e.Message); },
            e => { Assert.Equal((5, "date"), (e.Line, e.Column)); Assert.Contains("Missing", e.Message); },
            e => { Assert.Equal((6, "views"), (e.Line, e.Column)); Assert.Contains("not a number", e.Message); },
            e => { Assert.Equal(8, e.Line); Assert.Contains("Duplicate of line 2", e.Message); });
        Assert.Equal(2, parsed.ValidRowCount);
    }

    [Fact]
    public async Task YouTubeStudioTableData_WithBomTotalRowQuotesAndExtraColumns_ReadsEveryVideo()
    {
        // As Studio exports it: BOM, a Total row first, titles with commas and quotes, thousands separators.
        var parsed = await ParseAsync("""
            Content,Video title,Video publish time,Duration,Views,Watch time (hours),Subscribers,Estimated revenue (USD),Impressions,Impressions click-through rate (%)
            Total,,,,"15,430",812.4,95,41.20,"210,000",5.1
            dQw4w9WgXcQ,"How GPUs Work, Explained","Mar 4, 2026",613,"12,000",700.1,80,35.10,"150,000",6.2
            a1B2c3D4e5F,"The ""Truth"" About SSDs","Feb 1, 2026",45,"3,430",112.3,15,6.10,"60,000",3.9
            """, bom: true);

        Assert.Equal(ImportFormat.YouTubeVideoTable, parsed.Format);
        Assert.Empty(parsed.Errors);
        Assert.Equal(2, parsed.RowCount);
        Assert.Equal(["dQw4w9WgXcQ", "a1B2c3D4e5F"], parsed.Videos.Select(v => v.YouTubeVideoId));
        var ssd = Assert.Single(parsed.Videos, v => v.YouTubeVideoId == "a1B2c3D4e5F");
        Assert.Equal("The \"Truth\" About SSDs", ssd.Title);
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), ssd.PublishedAt);
        Assert.Equal(45, ssd.DurationSeconds);
        Assert.Equal(3430, ssd.Views);
    }

    [Fact]
    public async Task YouTubeStudioTableData_StudioDateFormat_ParsesThePublishTime()
    {
        var parsed = await ParseAsync("""
            Video title,Views,Content,Video publish time,Duration
            "How GPUs Work, Explained","12,000",dQw4w9WgXcQ,"Mar 4, 2026",613
            """);

        var video = Assert.Single(parsed.Videos);
        Assert.Empty(parsed.Errors);
        Assert.Equal("How GPUs Work, Explained", video.Title);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero), video.PublishedAt);
        Assert.Equal(12000, video.Views);
    }

    [Fact]
    public async Task YouTubeStudioChartData_WatchTimeInHours_BecomesMinutes()
    {
        var parsed = await ParseAsync("""
            Date,Watch time (hours)
            2026-11-01,1.5
            2026-11-02,"1,002.25"
            """);

        Assert.Equal(ImportFormat.YouTubeChannelChart, parsed.Format);
        Assert.Equal([90.0, 60135.0], parsed.ChannelDays.Select(d => d.WatchMinutes!.Value));
        Assert.All(parsed.ChannelDays, d => Assert.Null(d.Views));
    }

    [Fact]
    public async Task YouTubeStudioChartData_NetSubscribers_SplitIntoGainedAndLost()
    {
        var parsed = await ParseAsync("Date,Subscribers,Views\n2026-11-01,12,100\n2026-11-02,-3,90\n");

        Assert.Equal([(12L, 0L), (0L, 3L)], parsed.ChannelDays.Select(d => (d.SubscribersGained!.Value, d.SubscribersLost!.Value)));
    }

    [Fact]
    public async Task YouTubeStudioPerVideoChartData_GivesVideoDaysAndTitles()
    {
        var parsed = await ParseAsync("""
            Date,Content,Video title,Video publish time,Views,Estimated revenue (USD)
            2026-11-01,dQw4w9WgXcQ,How GPUs Work,"Mar 4, 2026",120,0.31
            2026-11-02,dQw4w9WgXcQ,How GPUs Work,"Mar 4, 2026",95,0.25
            2026-11-01,a1B2c3D4e5F,SSDs,"Feb 1, 2026",40,0.10
            2026-11-02,bad id!,SSDs,"Feb 1, 2026",40,0.10
            """);

        Assert.Equal(ImportFormat.YouTubeVideoChart, parsed.Format);
        Assert.Equal(3, parsed.VideoDays.Count);
        Assert.Equal(215, parsed.VideoDays.Where(d => d.YouTubeVideoId == "dQw4w9WgXcQ").Sum(d => d.Views));
        Assert.Equal(2, parsed.Videos.Count);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal((5, "Content"), (error.Line, error.Column));
    }

    [Fact]
    public async Task VideoList_ReadsPipeSeparatedTagsAndIsoTimes()
    {
        var parsed = await ParseAsync("""
            video_id,title,description,tags,category_id,published_at,duration_seconds,views,likes,comments
            dQw4w9WgXcQ,How GPUs Work,"Line one
            line two",gpu|hardware| explainer ,28,2026-03-04T17:00:00Z,613,12000,540,31
            a1B2c3D4e5F,SSDs,,,28,2026-02-01T09:30:00+01:00,PT45S,3430,120,4
            """);

        Assert.Equal(ImportFormat.VideoList, parsed.Format);
        Assert.Empty(parsed.Errors);
        var gpu = parsed.Videos[0];
        Assert.Equal(["gpu", "hardware", "explainer"], gpu.Tags);
        Assert.Equal("Line one\nline two", gpu.Description);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 17, 0, 0, TimeSpan.Zero), gpu.PublishedAt);
        Assert.Equal((12000L, 540L, 31L), (gpu.Views!.Value, gpu.Likes!.Value, gpu.Comments!.Value));
        var ssd = parsed.Videos[1];
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 8, 30, 0, TimeSpan.Zero), ssd.PublishedAt);
        Assert.Equal(TimeSpan.Zero, ssd.PublishedAt!.Value.Offset);
        Assert.Equal(45, ssd.DurationSeconds);
    }

    [Theory]
    [InlineData("", ImportFailure.Empty)]
    [InlineData("date,views\n", ImportFailure.Empty)]
    [InlineData("foo,bar\n1,2\n", ImportFailure.UnrecognizedFormat)]
    [InlineData("date,notes\n2026-11-01,x\n", ImportFailure.UnrecognizedFormat)]
    [InlineData("date,views\nyesterday,-1\n", ImportFailure.NoValidRows)]
    [InlineData("\"unterminated,views\n2026-11-01", ImportFailure.UnrecognizedFormat)]
    public async Task BadFiles_FailWithAClearReasonAndNeverThrow(string text, ImportFailure expected)
    {
        var parsed = await ParseAsync(text);

        Assert.Equal(expected, parsed.Failure);
        Assert.False(string.IsNullOrWhiteSpace(parsed.Message));
    }

    [Fact]
    public async Task FileOverTheLimit_IsRefusedAsTooLarge()
    {
        var text = "date,views\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"2026-01-01,{i}\n"));

        var parsed = await ParseAsync(text, maxBytes: 1024);

        Assert.Equal(ImportFailure.TooLarge, parsed.Failure);
    }

    [Fact]
    public async Task RandomBytes_NeverThrow()
    {
        var random = new Random(7);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            var parsed = await AnalyticsCsvParser.ParseAsync(new MemoryStream(bytes), 1 << 20);
            Assert.NotNull(parsed);
        }
    }
}
