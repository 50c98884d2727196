using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Data;

namespace YouTubeStudio.Core.Insights;

/// <summary>
/// Reads the app's analytics and videos, runs the forecaster and the scorer on them, and keeps content models as
/// versions. Loaded models are cached by version id: the Idea lab scores on every keystroke.
/// </summary>
public sealed class InsightsService(
    IDbContextFactory<AppDbContext> contexts,
    ITrendForecaster forecaster,
    IContentScorer scorer,
    TimeProvider time,
    ILogger<InsightsService> logger) : IInsightsService
{
    public const string ContentScoreKind = "content_score";

    /// <summary>Actual days returned beside a forecast, for the chart.</summary>
    public const int HistoryShownDays = 90;

    /// <summary>With daily analytics per video, views are judged at this age, so old and new videos compare.</summary>
    public const int OutcomeAgeDays = 28;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly ConcurrentDictionary<long, TrainedContentModel> _models = new();
    private readonly SemaphoreSlim _training = new(1, 1);

    public async Task<Result<ChannelForecast>> PredictTrendAsync(long channelId, int historicalDays, int forecastDays, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (forecastDays is < IInsightsService.MinForecastDays or > IInsightsService.MaxForecastDays)
        {
            errors["forecast_days"] = [$"forecast_days must be between {IInsightsService.MinForecastDays} and {IInsightsService.MaxForecastDays}."];
        }

        if (historicalDays is < IInsightsService.MinHistoricalDays or > IInsightsService.MaxHistoricalDays)
        {
            errors["historical_days"] = [$"historical_days must be between {IInsightsService.MinHistoricalDays} and {IInsightsService.MaxHistoricalDays}."];
        }

        if (errors.Count > 0)
        {
            return Result<ChannelForecast>.Invalid(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Channels.AnyAsync(c => c.Id == channelId, cancellationToken))
        {
            return Result<ChannelForecast>.NotFound($"Channel {channelId} does not exist.");
        }

        var last = await db.ChannelAnalytics.Where(a => a.ChannelId == channelId).MaxAsync(a => (DateOnly?)a.Date, cancellationToken);
        if (last is null)
        {
            return NotEnoughData<ChannelForecast>($"Channel {channelId} has no daily analytics yet: pull them from YouTube, import a CSV or load the demo channel on the Analytics page.");
        }

        var from = last.Value.AddDays(1 - historicalDays);
        var rows = await db.ChannelAnalytics.AsNoTracking()
            .Where(a => a.ChannelId == channelId && a.Date >= from)
            .OrderBy(a => a.Date)
            .Select(a => new { a.Date, a.Views })
            .ToListAsync(cancellationToken);
        var history = rows.Select(r => new DailyViews(r.Date, r.Views)).ToList();

        TrendForecast forecast;
        try
        {
            // Training trees is CPU work; keep it off the circuit's and request's thread.
            forecast = await Task.Run(() => forecaster.Forecast(history, forecastDays, cancellationToken), cancellationToken);
        }
        catch (InsufficientHistoryException ex)
        {
            return NotEnoughData<ChannelForecast>(ex.Message);
        }

        var shown = history.Where(h => h.Date > last.Value.AddDays(-HistoryShownDays)).ToList();
        return Result<ChannelForecast>.Ok(new ChannelForecast(channelId, forecast.Model, forecast.Forecast, forecast.Backtest, forecast.Note, shown));
    }

    public async Task<Result<ContentScore>> ScoreContentAsync(ContentDraft draft, long? channelId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            errors["title"] = ["A title is required."];
        }

        if (draft.DurationSeconds is < 0)
        {
            errors["duration"] = ["duration is a number of seconds, 0 or more."];
        }

        if (errors.Count > 0)
        {
            return Result<ContentScore>.Invalid(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (channelId is not null && !await db.Channels.AnyAsync(c => c.Id == channelId, cancellationToken))
        {
            return Result<ContentScore>.NotFound($"Channel {channelId} does not exist.");
        }

        var model = await ContentModelAsync(db, channelId, cancellationToken);
        return Result<ContentScore>.Ok(scorer.Score(draft, model));
    }

    public async Task<TrainedContentModel?> GetContentModelAsync(long? channelId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ContentModelAsync(db, channelId, cancellationToken);
    }

    private async Task<TrainedContentModel?> ContentModelAsync(AppDbContext db, long? channelId, CancellationToken cancellationToken) =>
        (channelId is null ? null : await ActiveModelAsync(db, channelId, cancellationToken))
        ?? await ActiveModelAsync(db, null, cancellationToken);

    public async Task<Result<ModelVersionInfo>> TrainAsync(long? channelId, CancellationToken cancellationToken = default)
    {
        string? channelName = null;
        List<ContentExample> examples;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (channelId is not null)
            {
                channelName = await db.Channels.Where(c => c.Id == channelId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
                if (channelName is null)
                {
                    return Result<ModelVersionInfo>.NotFound($"Channel {channelId} does not exist.");
                }
            }

            examples = await ExamplesAsync(db, channelId, cancellationToken);
        }

        var minimum = channelId is null ? ContentScorer.MinimumTrainingVideos : ContentScorer.MinimumChannelVideos;
        if (examples.Count < minimum)
        {
            var whose = channelId is null ? "the installation" : $"channel {channelId}";
            return NotEnoughData<ModelVersionInfo>($"A content model needs at least {minimum} published videos; {whose} has {examples.Count}.");
        }

        await _training.WaitAsync(cancellationToken);
        try
        {
            var started = time.GetTimestamp();
            var trained = await Task.Run(() => scorer.Train(examples, cancellationToken), cancellationToken);
            var metrics = trained.Metadata.Metrics;
            var record = new ModelVersionMetrics(trained.Name, trained.Metadata.Scope, metrics.SampleCount, metrics.HeldOutCount,
                Finite(metrics.HeldOutSpearman), Finite(metrics.TitleLengthSpearman));

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var previous = await db.ModelVersions.Where(m => m.Kind == ContentScoreKind && m.ChannelId == channelId).ToListAsync(cancellationToken);
            foreach (var old in previous)
            {
                old.IsActive = false;
            }

            var version = new ModelVersion
            {
                ChannelId = channelId,
                Kind = ContentScoreKind,
                Version = previous.Count == 0 ? 1 : previous.Max(m => m.Version) + 1,
                TrainedAt = time.GetUtcNow(),
                SampleCount = examples.Count,
                MetricsJson = JsonSerializer.Serialize(record, Json),
                ModelBytes = trained.ToBytes(),
                IsActive = true,
            };
            db.ModelVersions.Add(version);
            await db.SaveChangesAsync(cancellationToken);
            _models[version.Id] = trained;
            logger.LogInformation("Trained content model v{Version} for {Scope} on {Count} videos in {Seconds:0.0} s (held-out Spearman {Spearman})",
                version.Version, channelName ?? "the installation", examples.Count, time.GetElapsedTime(started).TotalSeconds, record.HeldOutSpearman);
            return Result<ModelVersionInfo>.Ok(Info(version, channelName));
        }
        finally
        {
            _training.Release();
        }
    }

    public async Task<IReadOnlyList<ModelVersionInfo>> TrainAllAsync(CancellationToken cancellationToken = default)
    {
        List<long> channels;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            channels = await db.ChannelVideos.Where(v => v.PublishedAt != null)
                .GroupBy(v => v.ChannelId)
                .Where(g => g.Count() >= ContentScorer.MinimumChannelVideos)
                .Select(g => g.Key)
                .ToListAsync(cancellationToken);
        }

        var trained = new List<ModelVersionInfo>();
        foreach (var channelId in channels.Cast<long?>().Append(null))
        {
            var result = await TrainAsync(channelId, cancellationToken);
            if (result.IsOk)
            {
                trained.Add(result.Value!);
            }
            else
            {
                logger.LogInformation("Content model for {Channel} not trained: {Reason}", channelId?.ToString(CultureInfo.InvariantCulture) ?? "the installation", Message(result));
            }
        }

        return trained;
    }

    public async Task<IReadOnlyList<ModelVersionInfo>> ListModelVersionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var versions = await db.ModelVersions.AsNoTracking()
            .Select(m => new ModelVersion
            {
                Id = m.Id,
                ChannelId = m.ChannelId,
                Kind = m.Kind,
                Version = m.Version,
                TrainedAt = m.TrainedAt,
                SampleCount = m.SampleCount,
                MetricsJson = m.MetricsJson,
                IsActive = m.IsActive,
            })
            .ToListAsync(cancellationToken);
        var names = await db.Channels.AsNoTracking().Select(c => new { c.Id, c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return versions
            .OrderByDescending(v => v.TrainedAt).ThenByDescending(v => v.Version)
            .Select(v => Info(v, v.ChannelId is { } id ? names.GetValueOrDefault(id) : null))
            .ToList();
    }

    private async Task<TrainedContentModel?> ActiveModelAsync(AppDbContext db, long? channelId, CancellationToken cancellationToken)
    {
        var active = await db.ModelVersions.AsNoTracking()
            .Where(m => m.Kind == ContentScoreKind && m.ChannelId == channelId && m.IsActive)
            .OrderByDescending(m => m.Version)
            .Select(m => new { m.Id, m.SampleCount, m.MetricsJson })
            .FirstOrDefaultAsync(cancellationToken);
        var minimum = channelId is null ? ContentScorer.MinimumTrainingVideos : ContentScorer.MinimumChannelVideos;
        if (active is null || active.SampleCount < minimum || !BeatsBaseline(ReadMetrics(active.MetricsJson)))
        {
            // Never a worse model for the sake of ML: one that ranked held-out videos worse than title length alone is kept but not served.
            return null;
        }

        if (_models.TryGetValue(active.Id, out var cached))
        {
            return cached;
        }

        var bytes = await db.ModelVersions.Where(m => m.Id == active.Id).Select(m => m.ModelBytes).FirstAsync(cancellationToken);
        try
        {
            return _models[active.Id] = TrainedContentModel.FromBytes(bytes);
        }
        catch (InvalidDataException ex)
        {
            // A model of an older feature set: score without it until the next training replaces it.
            logger.LogWarning(ex, "Content model version {Id} cannot be read; retrain it", active.Id);
            return null;
        }
    }

    private async Task<List<ContentExample>> ExamplesAsync(AppDbContext db, long? channelId, CancellationToken cancellationToken)
    {
        var videos = await db.ChannelVideos.AsNoTracking()
            .Where(v => v.PublishedAt != null && (channelId == null || v.ChannelId == channelId))
            .ToListAsync(cancellationToken);

        // Daily views per video, when the analytics hold them, give views at a fixed age; else lifetime totals.
        var daily = await db.VideoAnalytics.AsNoTracking()
            .Where(a => channelId == null || a.ChannelId == channelId)
            .Select(a => new { a.ChannelId, a.YouTubeVideoId, a.Date, a.Views })
            .ToListAsync(cancellationToken);
        var byVideo = daily.GroupBy(a => (a.ChannelId, a.YouTubeVideoId)).ToDictionary(g => g.Key, g => g.OrderBy(a => a.Date).Select(a => (a.Date, a.Views)).ToList());
        var now = time.GetUtcNow();

        var examples = new List<ContentExample>(videos.Count);
        foreach (var v in videos)
        {
            var published = v.PublishedAt!.Value;
            var observedAt = v.UpdatedAt > published ? v.UpdatedAt : now;
            double views = v.Views;
            if (byVideo.TryGetValue((v.ChannelId, v.YouTubeVideoId), out var days) && days.Count > 0)
            {
                var publishedDay = DateOnly.FromDateTime(published.UtcDateTime);
                if (days[0].Date <= publishedDay.AddDays(2))
                {
                    var until = publishedDay.AddDays(OutcomeAgeDays - 1);
                    var window = days.Where(d => d.Date <= until).ToList();
                    views = window.Sum(d => Math.Max(0, d.Views));
                    var lastDay = window.Count > 0 ? window[^1].Date : publishedDay;
                    observedAt = new DateTimeOffset(lastDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(1);
                }
            }

            var draft = new ContentDraft(
                v.Title,
                v.Description,
                v.Tags,
                v.DurationSeconds is { } d ? (int)Math.Round(d) : null,
                int.TryParse(v.CategoryId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var category) ? category : null,
                null,
                published);
            examples.Add(new ContentExample(draft, v.ChannelId.ToString(CultureInfo.InvariantCulture), published, observedAt, views));
        }

        return examples;
    }

    /// <summary>A model is served when its held-out rank correlation is at least the title-length baseline's, or when either could not be measured.</summary>
    public static bool BeatsBaseline(ModelVersionMetrics? metrics) =>
        metrics?.HeldOutSpearman is not { } model || metrics.TitleLengthSpearman is not { } baseline || model >= baseline;

    private static ModelVersionMetrics? ReadMetrics(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ModelVersionMetrics>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ModelVersionInfo Info(ModelVersion version, string? channelName)
    {
        var metrics = ReadMetrics(version.MetricsJson);
        return new ModelVersionInfo(version.Id, version.Kind, version.ChannelId, channelName, version.Version, version.TrainedAt, version.SampleCount,
            metrics?.HeldOutCount ?? 0, metrics?.HeldOutSpearman, metrics?.TitleLengthSpearman,
            metrics?.Model ?? (version.ChannelId is null ? "fast_tree_global" : "fast_tree_channel"), version.IsActive, BeatsBaseline(metrics));
    }

    private static double? Finite(double value) => double.IsFinite(value) ? Math.Round(value, 4) : null;

    private static Result<T> NotEnoughData<T>(string message) => Result<T>.Invalid(IInsightsService.NotEnoughDataKey, message);

    private static string Message<T>(Result<T> result) =>
        result.Errors.TryGetValue(IInsightsService.NotEnoughDataKey, out var messages) ? string.Join(" ", messages) : result.Message ?? result.Status.ToString();
}
