using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.Insights.App;

/// <summary><c>/api/v1/ml/*</c> through the whole app: the DESIGN.md §10 shapes, validation, roles.</summary>
public sealed class InsightsEndpointsTests(StudioAppFactory app) : IClassFixture<StudioAppFactory>
{
    private IDbContextFactory<AppDbContext> Contexts => app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();

    [Fact]
    public async Task PredictTrend_Answers200WithTheContractShape()
    {
        using var client = await app.CreateClientAsync(Roles.Admin);
        var channel = await InsightsSeed.ChannelAsync(Contexts);
        await InsightsSeed.WeeklyViewsAsync(Contexts, channel);

        using var response = await client.PostJsonAsync("/api/v1/ml/predict-trend", new { channel_id = channel, historical_days = 365, forecast_days = 28 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(channel, body.GetProperty("channel_id").GetInt64());
        Assert.Contains(body.GetProperty("model").GetString(), new[] { "fast_tree", "last_value", "seasonal_naive" });
        var forecast = body.GetProperty("forecast").EnumerateArray().ToList();
        Assert.Equal(28, forecast.Count);
        Assert.Equal("2026-11-25", forecast[0].GetProperty("date").GetString());
        foreach (var point in forecast)
        {
            var views = point.GetProperty("views").GetDouble();
            Assert.InRange(views, point.GetProperty("lower").GetDouble(), point.GetProperty("upper").GetDouble());
        }
        var backtest = body.GetProperty("backtest");
        Assert.True(backtest.GetProperty("horizon_days").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Number, backtest.GetProperty("model_smape").ValueKind);
        Assert.Equal(JsonValueKind.Number, backtest.GetProperty("baselines").GetProperty("last_value").ValueKind);
        Assert.Equal(JsonValueKind.Number, backtest.GetProperty("baselines").GetProperty("seasonal_naive").ValueKind);
        Assert.Equal(JsonValueKind.Number, backtest.GetProperty("model_mae").ValueKind);
        Assert.Equal(JsonValueKind.Array, body.GetProperty("history").ValueKind);
        Assert.Equal("2026-11-24", body.GetProperty("history").EnumerateArray().Last().GetProperty("date").GetString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(91)]
    public async Task PredictTrend_ForecastDaysOutOfRange_Answers400KeyedForecastDays(int forecastDays)
    {
        using var client = await app.CreateClientAsync(Roles.Admin);
        var channel = await InsightsSeed.ChannelAsync(Contexts);

        using var response = await client.PostJsonAsync("/api/v1/ml/predict-trend", new { channel_id = channel, historical_days = 365, forecast_days = forecastDays });

        await response.AssertValidationErrorAsync("forecast_days");
    }

    [Fact]
    public async Task PredictTrend_HistoricalDaysOutOfRange_Answers400KeyedHistoricalDays()
    {
        using var client = await app.CreateClientAsync(Roles.Admin);

        using var response = await client.PostJsonAsync("/api/v1/ml/predict-trend", new { channel_id = 1, historical_days = 2000, forecast_days = 7 });

        await response.AssertValidationErrorAsync("historical_days");
    }

    [Fact]
    public async Task PredictTrend_UnknownChannel_Answers404()
    {
        using var client = await app.CreateClientAsync(Roles.Admin);

        using var response = await client.PostJsonAsync("/api/v1/ml/predict-trend", new { channel_id = 987_654, historical_days = 365, forecast_days = 7 });

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PredictTrend_ChannelWithoutHistory_Answers422()
    {
        using var client = await app.CreateClientAsync(Roles.Admin);
        var channel = await InsightsSeed.ChannelAsync(Contexts);

        using var response = await client.PostJsonAsync("/api/v1/ml/predict-trend", new { channel_id = channel, historical_days = 365, forecast_days = 7 });

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("analytics", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task PredictTrend_Anonymous_Answers401()
    {
        using var client = app.CreateClient();

        using var response = await client.PostJsonAsync("/api/v1/ml/predict-trend", new { channel_id = 1, historical_days = 365, forecast_days = 7 });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ScoreContent_AsViewer_Answers200WithScoreModelAndReasons()
    {
        await app.CreateClientAsync(Roles.Admin);
        using var viewer = await app.CreateClientAsync(Roles.Viewer);

        using var response = await viewer.PostJsonAsync("/api/v1/ml/score-content", new
        {
            title = "How I set up Python on a new laptop in 10 minutes",
            description = "Python setup on a new laptop, step by step.",
            tags = new[] { "python", "laptop", "setup" },
            duration = 480,
            format = "landscape",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.InRange(body.GetProperty("score").GetInt32(), 0, 100);
        Assert.Equal("cold_start_rules", body.GetProperty("model").GetString());
        var reasons = body.GetProperty("reasons").EnumerateArray().ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r =>
        {
            Assert.False(string.IsNullOrEmpty(r.GetProperty("factor").GetString()));
            Assert.Equal(JsonValueKind.Number, r.GetProperty("effect").ValueKind);
            Assert.Equal(JsonValueKind.String, r.GetProperty("suggestion").ValueKind);
        });
    }

    [Theory]
    [InlineData("", "title")]
    [InlineData("   ", "title")]
    public async Task ScoreContent_EmptyTitle_Answers400KeyedTitle(string title, string field)
    {
        using var client = await app.CreateClientAsync(Roles.Admin);

        using var response = await client.PostJsonAsync("/api/v1/ml/score-content", new { title, description = "", tags = Array.Empty<string>(), duration = 30 });

        await response.AssertValidationErrorAsync(field);
    }

    [Fact]
    public async Task ScoreContent_BadFormatAndNegativeDuration_Answer400KeyedByField()
    {
        using var client = await app.CreateClientAsync(Roles.Admin);

        using var format = await client.PostJsonAsync("/api/v1/ml/score-content", new { title = "A title", format = "square" });
        using var duration = await client.PostJsonAsync("/api/v1/ml/score-content", new { title = "A title", duration = -5 });

        await format.AssertValidationErrorAsync("format");
        await duration.AssertValidationErrorAsync("duration");
    }

    [Fact]
    public async Task ScoreContent_UnknownChannel_Answers404()
    {
        using var client = await app.CreateClientAsync(Roles.Admin);

        using var response = await client.PostJsonAsync("/api/v1/ml/score-content", new { title = "A title", channel_id = 987_654 });

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ScoreContent_Anonymous_Answers401()
    {
        using var client = app.CreateClient();

        using var response = await client.PostJsonAsync("/api/v1/ml/score-content", new { title = "A title" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Train_AsViewer_Answers403()
    {
        await app.CreateClientAsync(Roles.Admin);
        using var viewer = await app.CreateClientAsync(Roles.Viewer);

        using var response = await viewer.PostJsonAsync("/api/v1/ml/train", new { channel_id = 1 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Train_WithTooFewVideos_Answers422()
    {
        using var client = await app.CreateClientAsync(Roles.Admin);
        var channel = await InsightsSeed.ChannelAsync(Contexts);
        await InsightsSeed.VideosAsync(Contexts, channel, 5);

        using var response = await client.PostJsonAsync("/api/v1/ml/train", new { channel_id = channel });

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Train_ThenScoreAndList_UsesAndShowsTheChannelModel()
    {
        using var client = await app.CreateClientAsync(Roles.Admin);
        var channel = await InsightsSeed.ChannelAsync(Contexts);
        await InsightsSeed.VideosAsync(Contexts, channel, 40);

        using var trained = await client.PostJsonAsync("/api/v1/ml/train", new { channel_id = channel });
        using var scored = await client.PostJsonAsync("/api/v1/ml/score-content", new { title = "7 python tips for 2026", channel_id = channel, duration = 480 });
        using var models = await client.GetAsync("/api/v1/ml/models");

        Assert.Equal(HttpStatusCode.OK, trained.StatusCode);
        var version = await trained.ReadJsonAsync();
        Assert.Equal(channel, version.GetProperty("channel_id").GetInt64());
        Assert.Equal(1, version.GetProperty("version").GetInt32());
        Assert.Equal(40, version.GetProperty("sample_count").GetInt32());
        Assert.True(version.GetProperty("is_active").GetBoolean());
        Assert.True(version.GetProperty("beats_baseline").GetBoolean(), version.GetRawText());
        Assert.Equal("fast_tree_channel", (await scored.ReadJsonAsync()).GetProperty("model").GetString());
        Assert.Contains((await models.ReadJsonAsync()).EnumerateArray(), m => m.GetProperty("channel_id").ValueKind == JsonValueKind.Number && m.GetProperty("channel_id").GetInt64() == channel);
    }
}
