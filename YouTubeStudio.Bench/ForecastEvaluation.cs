using System.Diagnostics;
using System.Globalization;
using YouTubeStudio.Core.Insights;

namespace YouTubeStudio.Bench;

/// <summary>Rolling-origin back-test of the trend forecaster over the channels' daily views.</summary>
internal static class ForecastEvaluation
{
    private static readonly int[] Horizons = [7, 14, 28];
    private const int OriginSpacing = 28;
    private const int HistoryDays = 365;

    public static void Run(string folder, bool quick)
    {
        var maxChannels = quick ? 12 : 40;
        var originsPerChannel = quick ? 2 : 3;
        var clock = Stopwatch.StartNew();
        var channels = CsvFiles.Read(folder)
            .Where(r => r.ContainsKey("channel_id") && r.ContainsKey("date") && r.ContainsKey("views_total"))
            .GroupBy(r => r["_file"] + "/" + r["channel_id"])
            .Select(g => (Key: g.Key, Daily: DailySeries.FromCumulative(g
                .Where(r => DateOnly.TryParse(r["date"], CultureInfo.InvariantCulture, out _) && double.TryParse(r["views_total"], CultureInfo.InvariantCulture, out _))
                .Select(r => (DateOnly.Parse(r["date"], CultureInfo.InvariantCulture), double.Parse(r["views_total"], CultureInfo.InvariantCulture))))))
            .Select(c => (c.Key, c.Daily, Series: DailySeries.Regularize(c.Daily)))
            .ToList();
        var eligible = channels.Where(c => c.Series.Length >= TrendForecaster.MinimumHistoryForModel + Horizons.Min()).ToList();
        // Deterministic sample: order by a stable hash of the channel key, not by file order.
        var sample = eligible.OrderBy(c => StableHash.Of(c.Key)).Take(maxChannels).ToList();
        Console.WriteLine();
        Console.WriteLine("== Trend forecast: rolling-origin back-test ==");
        Console.WriteLine($"channels read: {channels.Count}; with >= {TrendForecaster.MinimumHistoryForModel + Horizons.Min()} days: {eligible.Count}; sampled (stable hash order): {sample.Count}; " +
            $"origins per channel: up to {originsPerChannel}, {OriginSpacing} days apart, the latest leaving room for the longest horizon that fits " +
            $"after {TrendForecaster.MinimumHistoryForModel} days of history; history: last {HistoryDays} days before each origin");

        var results = new List<OriginResult>();
        var forecaster = new TrendForecaster();
        var servedClock = new Stopwatch();
        var servedCalls = new List<(int Days, double Ms)>();
        foreach (var channel in sample)
        {
            var series = channel.Series;
            // Short series are still judged, at the horizons they have room for.
            var longest = Horizons.Where(h => series.Length - h >= TrendForecaster.MinimumHistoryForModel).Max();
            for (var k = 0; k < originsPerChannel; k++)
            {
                var origin = series.Length - longest - k * OriginSpacing;
                if (origin < TrendForecaster.MinimumHistoryForModel)
                {
                    break;
                }

                var from = Math.Max(0, origin - HistoryDays);
                var history = series.Values[from..origin];
                var start = series.Start.AddDays(from);
                var originDate = series.Start.AddDays(origin);
                var ml = TrendForecaster.ForecastWithModel(history, start, longest);
                var lastValue = ForecastBaselines.LastValue(history, longest);
                var seasonal = ForecastBaselines.SeasonalNaive(history, longest);
                // The product sees the raw daily differences (gaps, recounts) exactly as a caller would pass them.
                var raw = channel.Daily.Where(d => d.Date < originDate && d.Date >= start).ToList();
                foreach (var h in Horizons.Where(h => h <= longest))
                {
                    var actual = series.Values[origin..(origin + h)];
                    servedClock.Restart();
                    var served = forecaster.Forecast(raw, h);
                    servedCalls.Add((raw.Count, servedClock.Elapsed.TotalMilliseconds));
                    var servedValues = served.Forecast.Select(p => p.Views).ToArray();
                    var inside = served.Forecast.Zip(actual).Count(p => p.Second >= p.First.Lower && p.Second <= p.First.Upper);
                    results.Add(new OriginResult(channel.Key, origin, h, served.Model,
                        ForecastMetrics.Smape(actual, servedValues), ForecastMetrics.Mae(actual, servedValues),
                        ForecastMetrics.Smape(actual, ml[..h]), ForecastMetrics.Mae(actual, ml[..h]),
                        ForecastMetrics.Smape(actual, lastValue[..h]), ForecastMetrics.Mae(actual, lastValue[..h]),
                        ForecastMetrics.Smape(actual, seasonal[..h]), ForecastMetrics.Mae(actual, seasonal[..h]),
                        (double)inside / h));
                }
            }
        }

        Console.WriteLine($"origins evaluated: {results.Select(r => (r.Channel, r.Origin)).Distinct().Count()} ({clock.Elapsed.TotalSeconds:0.0} s); " +
            string.Create(CultureInfo.InvariantCulture, $"one served forecast (back-test + training + forecast) took {servedCalls.Average(c => c.Ms):0} ms on average, ") +
            string.Create(CultureInfo.InvariantCulture, $"{servedCalls.Where(c => c.Days >= 300).Select(c => c.Ms).DefaultIfEmpty().Average():0} ms with 300+ days of history (shared machine)"));
        Console.WriteLine();
        Console.WriteLine("mean sMAPE over all origins (fraction; lower is better) and share of channels where the model's mean sMAPE beats BOTH baselines");
        Console.WriteLine($"{"horizon",7} {"origins",7} | {"served",7} {"ml_raw",7} {"last_val",8} {"seas_nv",8} | {"served wins",11} {"ml wins",8} | {"interval cover",14} | served models");
        foreach (var h in Horizons)
        {
            var at = results.Where(r => r.Horizon == h).ToList();
            var perChannel = at.GroupBy(r => r.Channel).Select(g => (
                Served: g.Average(r => r.ServedSmape), Ml: g.Average(r => r.MlSmape),
                Best: Math.Min(g.Average(r => r.LastValueSmape), g.Average(r => r.SeasonalSmape)))).ToList();
            var models = string.Join(", ", at.GroupBy(r => r.ServedModel).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{h,7} {at.Count,7} | {at.Average(r => r.ServedSmape),7:0.000} {at.Average(r => r.MlSmape),7:0.000} {at.Average(r => r.LastValueSmape),8:0.000} {at.Average(r => r.SeasonalSmape),8:0.000} | " +
                $"{perChannel.Count(c => c.Served < c.Best) / (double)perChannel.Count,11:P0} {perChannel.Count(c => c.Ml < c.Best) / (double)perChannel.Count,8:P0} | {at.Average(r => r.Coverage),14:P0} | {models}"));
        }

        Console.WriteLine();
        Console.WriteLine("mean MAE (views/day) over all origins");
        Console.WriteLine($"{"horizon",7} | {"served",10} {"ml_raw",10} {"last_val",10} {"seas_nv",10}");
        foreach (var h in Horizons)
        {
            var at = results.Where(r => r.Horizon == h).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{h,7} | {at.Average(r => r.ServedMae),10:0} {at.Average(r => r.MlMae),10:0} {at.Average(r => r.LastValueMae),10:0} {at.Average(r => r.SeasonalMae),10:0}"));
        }
    }

    private sealed record OriginResult(
        string Channel, int Origin, int Horizon, string ServedModel,
        double ServedSmape, double ServedMae, double MlSmape, double MlMae,
        double LastValueSmape, double LastValueMae, double SeasonalSmape, double SeasonalMae, double Coverage);
}
