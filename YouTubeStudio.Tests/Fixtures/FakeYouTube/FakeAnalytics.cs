using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace YouTubeStudio.Tests.Fixtures.FakeYouTube;

/// <summary>
/// youtubeAnalytics.reports.query over an in-memory per-video daily dataset: dimensions <c>day</c> and/or
/// <c>video</c> (or none), <c>video==</c> filters, sort, maxResults/startIndex. Sums metrics, derives
/// averageViewDuration from watch time, omits <c>rows</c> when nothing matches, and answers 403 for monetary
/// metrics without the monetary scope. Seeded with the recorded 7-day table (views, likes, comments, grossRevenue).
/// </summary>
public sealed class FakeAnalytics(ApiGuard guard)
{
    public const string MonetaryScope = "https://www.googleapis.com/auth/yt-analytics-monetary.readonly";

    /// <summary>The video the recorded channel-level table is attributed to.</summary>
    public const string RecordedVideoId = "D-lhorsDlUQ";

    private static readonly HashSet<string> Monetary = ["estimatedRevenue", "estimatedAdRevenue", "grossRevenue", "estimatedRedPartnerRevenue", "cpm", "playbackBasedCpm", "adImpressions", "monetizedPlaybacks"];
    private static readonly HashSet<string> Floats = ["estimatedRevenue", "estimatedAdRevenue", "grossRevenue", "estimatedRedPartnerRevenue", "cpm", "playbackBasedCpm", "averageViewPercentage"];
    private static readonly HashSet<string> KnownMetrics =
    [
        "views", "estimatedMinutesWatched", "averageViewDuration", "averageViewPercentage", "subscribersGained", "subscribersLost",
        "likes", "dislikes", "comments", "shares", "videosAddedToPlaylists", "videosRemovedFromPlaylists", .. Monetary,
    ];

    private readonly Lock _gate = new();
    private readonly List<AnalyticsDay> _days = [];

    public void Reset()
    {
        lock (_gate)
        {
            _days.Clear();
            var recorded = SampleData.LoadObject("sample_responses/analytix/reports_query_day_views_likes_comments_revenue.json");
            var names = recorded["columnHeaders"]!.AsArray().Select(h => (string)h!["name"]!).ToArray();
            foreach (var row in recorded["rows"]!.AsArray())
            {
                var cells = row!.AsArray();
                var metrics = new Dictionary<string, decimal>();
                for (var i = 1; i < names.Length; i++)
                {
                    metrics[names[i]] = cells[i]!.GetValue<decimal>();
                }

                _days.Add(new AnalyticsDay(DateOnly.ParseExact((string)cells[0]!, "yyyy-MM-dd", CultureInfo.InvariantCulture), RecordedVideoId, metrics));
            }
        }
    }

    /// <summary>Replaces the dataset.</summary>
    public void SetDataset(IEnumerable<AnalyticsDay> days)
    {
        lock (_gate)
        {
            _days.Clear();
            _days.AddRange(days);
        }
    }

    internal void Map(IEndpointRouteBuilder app) => app.MapGet("/v2/reports", Query);

    private IResult Query(HttpContext context)
    {
        if (guard.Check(context, "youtubeAnalytics.reports.query", out var scopes) is { } denied)
        {
            return denied;
        }

        var q = context.Request.Query;
        foreach (var required in new[] { "ids", "startDate", "endDate", "metrics" })
        {
            if (string.IsNullOrEmpty(q[required]))
            {
                return GoogleErrorJson.BadRequest($"Required {required}", "required");
            }
        }

        var ids = (string)q["ids"]!;
        if (ids != "channel==MINE" && ids != "channel==UC_x5XG1OV2P6uZZ5FSM9Ttw")
        {
            return GoogleErrorJson.Forbidden();
        }

        if (!DateOnly.TryParseExact(q["startDate"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !DateOnly.TryParseExact(q["endDate"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            return GoogleErrorJson.BadRequest("Invalid date: dates must be YYYY-MM-DD.", "invalid");
        }

        if (end < start)
        {
            return GoogleErrorJson.BadRequest("The query's end date is before its start date.", "invalid");
        }

        var metrics = FakeDataApi.Values(q["metrics"]);
        var dimensions = FakeDataApi.Values(q["dimensions"]);
        if (metrics.FirstOrDefault(m => !KnownMetrics.Contains(m)) is { } unknownMetric)
        {
            return GoogleErrorJson.BadRequest($"Unknown identifier ({unknownMetric}) given in field parameters.metrics.");
        }

        if (dimensions.FirstOrDefault(d => d is not ("day" or "video")) is { } unknownDimension)
        {
            return GoogleErrorJson.BadRequest($"Unknown identifier ({unknownDimension}) given in field parameters.dimensions.");
        }

        if (metrics.Any(Monetary.Contains) && !scopes.Contains(MonetaryScope))
        {
            return GoogleErrorJson.Forbidden();
        }

        if (dimensions.Contains("video") && (string.IsNullOrEmpty(q["sort"]) || string.IsNullOrEmpty(q["maxResults"])))
        {
            return GoogleErrorJson.BadRequest("The query is not supported. Check the documentation at https://developers.google.com/youtube/analytics/v2/available_reports for a list of supported queries.");
        }

        HashSet<string>? videoFilter = null;
        foreach (var filter in ((string?)q["filters"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = filter.Split("==", 2);
            if (pair.Length != 2 || pair[0] != "video")
            {
                return GoogleErrorJson.BadRequest($"Unknown identifier ({pair[0]}) given in field parameters.filters.");
            }

            videoFilter = [.. pair[1].Split(',')];
        }

        List<AnalyticsDay> matching;
        lock (_gate)
        {
            matching = _days.Where(d => d.Day >= start && d.Day <= end && (videoFilter is null || videoFilter.Contains(d.VideoId))).ToList();
        }

        var rows = matching
            .GroupBy(d => string.Join('|', dimensions.Select(dim => dim == "day" ? d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.VideoId)))
            .Select(g => (Keys: dimensions.Select(dim => dim == "day" ? g.First().Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : g.First().VideoId).ToArray(),
                          Values: metrics.Select(m => Aggregate(g.ToList(), m)).ToArray()))
            .ToList();

        rows = Sort(rows, (string?)q["sort"], dimensions, metrics);
        var startIndex = int.TryParse(q["startIndex"], out var si) ? Math.Max(1, si) : 1;
        var take = int.TryParse(q["maxResults"], out var max) ? max : int.MaxValue;
        rows = rows.Skip(startIndex - 1).Take(take).ToList();

        var headers = new JsonArray(
            dimensions.Select(d => (JsonNode)new JsonObject { ["name"] = d, ["columnType"] = "DIMENSION", ["dataType"] = "STRING" })
                .Concat(metrics.Select(m => (JsonNode)new JsonObject { ["name"] = m, ["columnType"] = "METRIC", ["dataType"] = Floats.Contains(m) ? "FLOAT" : "INTEGER" }))
                .ToArray());
        var body = new JsonObject { ["kind"] = "youtubeAnalytics#resultTable", ["columnHeaders"] = headers };
        if (rows.Count > 0)
        {
            // Google leaves "rows" out entirely when there is no data.
            body["rows"] = new JsonArray(rows.Select(r => (JsonNode)new JsonArray(
                r.Keys.Select(k => (JsonNode)JsonValue.Create(k))
                    .Concat(r.Values.Select((v, i) => Floats.Contains(metrics[i]) ? (JsonNode)JsonValue.Create((double)v) : JsonValue.Create((long)v)))
                    .ToArray())).ToArray());
        }

        return new JsonResult(body);
    }

    private static decimal Aggregate(List<AnalyticsDay> days, string metric)
    {
        decimal Sum(string name) => days.Sum(d => d.Metrics.GetValueOrDefault(name));
        return metric switch
        {
            // Watch time divided by views, in seconds, as YouTube Studio computes it.
            "averageViewDuration" => Sum("views") == 0 ? 0 : Math.Round(Sum("estimatedMinutesWatched") * 60 / Sum("views")),
            _ => Sum(metric),
        };
    }

    private static List<(string[] Keys, decimal[] Values)> Sort(List<(string[] Keys, decimal[] Values)> rows, string? sort, List<string> dimensions, List<string> metrics)
    {
        IOrderedEnumerable<(string[] Keys, decimal[] Values)>? ordered = null;
        var keys = (sort ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (keys.Length == 0)
        {
            keys = [.. dimensions];
        }

        foreach (var key in keys)
        {
            var descending = key.StartsWith('-');
            var name = key.TrimStart('-');
            var d = dimensions.IndexOf(name);
            var m = metrics.IndexOf(name);
            Func<(string[] Keys, decimal[] Values), IComparable> selector = d >= 0 ? r => r.Keys[d] : m >= 0 ? r => r.Values[m] : _ => 0;
            ordered = ordered is null
                ? descending ? rows.OrderByDescending(selector) : rows.OrderBy(selector)
                : descending ? ordered.ThenByDescending(selector) : ordered.ThenBy(selector);
        }

        return ordered?.ToList() ?? rows;
    }
}
