using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Insights;

namespace YouTubeStudio.Tests.Insights.App;

/// <summary><see cref="InsightsService"/> on a real SQLite database in a temporary data folder, migrated as the app does.</summary>
public sealed class InsightsServiceTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"ytstudio-insights-{Guid.NewGuid():N}");
    private readonly ServiceProvider _services;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    public InsightsServiceTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Storage:Root"] = _root,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddAppDatabase(configuration);
        services.AddInsights();
        services.AddInsightsApp();
        // AppDbContext is an IdentityDbContext; the app's Identity set-up picks this schema (passkeys).
        services.Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3);
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time));
        _services = services.BuildServiceProvider();
    }

    private IInsightsService Insights => _services.GetRequiredService<IInsightsService>();
    private IDbContextFactory<AppDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<AppDbContext>>();

    public async Task InitializeAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task PredictTrend_OnAWeeklyPattern_ForecastsTheDaysAfterTheLastOneWithBoundsAndABacktest()
    {
        var channel = await InsightsSeed.ChannelAsync(Contexts);
        await InsightsSeed.WeeklyViewsAsync(Contexts, channel);

        var result = await Insights.PredictTrendAsync(channel, 365, 14);

        Assert.True(result.IsOk, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        var forecast = result.Value!;
        Assert.Equal(channel, forecast.ChannelId);
        Assert.Contains(forecast.Model, new[] { ForecastModels.FastTree, ForecastModels.LastValue, ForecastModels.SeasonalNaive });
        Assert.Equal(14, forecast.Forecast.Count);
        Assert.Equal(InsightsSeed.LastDay.AddDays(1), forecast.Forecast[0].Date);
        Assert.All(forecast.Forecast, p => Assert.InRange(p.Views, p.Lower, p.Upper));
        // The weekly pattern comes through: forecast weekdays well above forecast weekend days.
        var weekday = forecast.Forecast.Where(p => p.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Average(p => p.Views);
        var weekend = forecast.Forecast.Where(p => p.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday).Average(p => p.Views);
        Assert.True(weekday > 1.5 * weekend, $"weekday {weekday:0}, weekend {weekend:0}");
        Assert.NotNull(forecast.Backtest);
        Assert.True(forecast.Backtest!.HorizonDays > 0);
        Assert.Contains(ForecastModels.LastValue, forecast.Backtest.Baselines.Keys);
        Assert.Contains(ForecastModels.SeasonalNaive, forecast.Backtest.Baselines.Keys);
        Assert.Equal(InsightsService.HistoryShownDays, forecast.History.Count);
        Assert.Equal(InsightsSeed.LastDay, forecast.History[^1].Date);
    }

    [Fact]
    public async Task PredictTrend_UsesOnlyTheLastHistoricalDays()
    {
        var channel = await InsightsSeed.ChannelAsync(Contexts);
        await InsightsSeed.WeeklyViewsAsync(Contexts, channel);

        var result = await Insights.PredictTrendAsync(channel, 10, 3);

        Assert.True(result.IsOk);
        Assert.Equal(10, result.Value!.History.Count);
        Assert.Equal(3, result.Value.Forecast.Count);
    }

    [Theory]
    [InlineData(365, 0, "forecast_days")]
    [InlineData(365, 91, "forecast_days")]
    [InlineData(6, 14, "historical_days")]
    [InlineData(1096, 14, "historical_days")]
    public async Task PredictTrend_OutOfRange_IsInvalidKeyedByTheField(int historicalDays, int forecastDays, string field)
    {
        var result = await Insights.PredictTrendAsync(1, historicalDays, forecastDays);

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.True(result.Errors.ContainsKey(field));
    }

    [Fact]
    public async Task PredictTrend_UnknownChannel_IsNotFound()
    {
        var result = await Insights.PredictTrendAsync(9_999, 365, 14);

        Assert.Equal(ResultStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task PredictTrend_ChannelWithoutAnalytics_IsNotEnoughData()
    {
        var channel = await InsightsSeed.ChannelAsync(Contexts);

        var result = await Insights.PredictTrendAsync(channel, 365, 14);

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Contains("analytics", Assert.Single(result.Errors[IInsightsService.NotEnoughDataKey]));
    }

    [Fact]
    public async Task Score_WithoutAnyModel_UsesTheColdStartRules()
    {
        var channel = await InsightsSeed.ChannelAsync(Contexts);

        var result = await Insights.ScoreContentAsync(new ContentDraft("How to set up Python on a new laptop", Tags: ["python"], DurationSeconds: 480), channel);

        Assert.True(result.IsOk);
        Assert.Equal(ContentScorer.ColdStartModel, result.Value!.Model);
        Assert.InRange(result.Value.Score, 0, 100);
        Assert.NotEmpty(result.Value.Reasons);
    }

    [Fact]
    public async Task Score_EmptyTitle_IsInvalidKeyedTitle()
    {
        var result = await Insights.ScoreContentAsync(new ContentDraft("  "), null);

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.True(result.Errors.ContainsKey("title"));
    }

    [Fact]
    public async Task Train_OnAChannelWithEnoughVideos_StoresAnActiveVersionAndTheNextScoreUsesIt()
    {
        var channel = await InsightsSeed.ChannelAsync(Contexts);
        await InsightsSeed.VideosAsync(Contexts, channel, 40);

        var trained = await Insights.TrainAsync(channel);

        Assert.True(trained.IsOk, string.Join("; ", trained.Errors.SelectMany(e => e.Value)));
        var info = trained.Value!;
        Assert.Equal(1, info.Version);
        Assert.Equal(channel, info.ChannelId);
        Assert.Equal(40, info.SampleCount);
        Assert.True(info.IsActive);
        Assert.Equal("fast_tree_channel", info.Model);
        await using (var db = await Contexts.CreateDbContextAsync())
        {
            var stored = await db.ModelVersions.SingleAsync();
            Assert.NotEmpty(stored.ModelBytes);
            Assert.Contains("held_out_spearman", stored.MetricsJson);
        }

        var score = await Insights.ScoreContentAsync(new ContentDraft("7 python tips nobody tells you about", Tags: ["python", "tutorial"], DurationSeconds: 480), channel);
        Assert.True(score.IsOk);
        Assert.NotEqual(ContentScorer.ColdStartModel, score.Value!.Model);
        Assert.Equal("fast_tree_channel", score.Value.Model);
    }

    [Fact]
    public async Task Train_Twice_IncrementsTheVersionAndOnlyTheNewestIsActive()
    {
        var channel = await InsightsSeed.ChannelAsync(Contexts);
        await InsightsSeed.VideosAsync(Contexts, channel, 32);

        Assert.True((await Insights.TrainAsync(channel)).IsOk);
        var second = await Insights.TrainAsync(channel);

        Assert.Equal(2, second.Value!.Version);
        var versions = await Insights.ListModelVersionsAsync();
        Assert.Equal(2, versions.Count);
        Assert.Equal([2, 1], versions.Select(v => v.Version));
        Assert.Equal([true, false], versions.Select(v => v.IsActive));
        Assert.All(versions, v => Assert.NotNull(v.ChannelName));
    }

    [Fact]
    public async Task Train_WithTooFewVideos_IsNotEnoughDataAndStoresNothing()
    {
        var channel = await InsightsSeed.ChannelAsync(Contexts);
        await InsightsSeed.VideosAsync(Contexts, channel, 12);

        var result = await Insights.TrainAsync(channel);

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Contains("30", result.Errors[IInsightsService.NotEnoughDataKey][0]);
        Assert.Empty(await Insights.ListModelVersionsAsync());
    }

    [Fact]
    public async Task Score_OnASmallChannel_UsesTheInstallationWideModelOnceTrained()
    {
        var big = await InsightsSeed.ChannelAsync(Contexts);
        var small = await InsightsSeed.ChannelAsync(Contexts);
        await InsightsSeed.VideosAsync(Contexts, big, 24);
        await InsightsSeed.VideosAsync(Contexts, small, 5);

        var global = await Insights.TrainAsync(null);
        var score = await Insights.ScoreContentAsync(new ContentDraft("7 laptop tips for 2026"), small);

        Assert.True(global.IsOk, string.Join("; ", global.Errors.SelectMany(e => e.Value)));
        Assert.Null(global.Value!.ChannelId);
        Assert.Equal("fast_tree_global", score.Value!.Model);
    }

    [Fact]
    public async Task TrainAll_TrainsChannelsWithEnoughVideosAndTheInstallationWideModel()
    {
        var big = await InsightsSeed.ChannelAsync(Contexts);
        var small = await InsightsSeed.ChannelAsync(Contexts);
        await InsightsSeed.VideosAsync(Contexts, big, 30);
        await InsightsSeed.VideosAsync(Contexts, small, 4);

        var trained = await Insights.TrainAllAsync();

        Assert.Equal(2, trained.Count);
        Assert.Contains(trained, t => t.ChannelId == big);
        Assert.Contains(trained, t => t.ChannelId is null);
    }
}
