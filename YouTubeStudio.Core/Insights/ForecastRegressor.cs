using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace YouTubeStudio.Core.Insights;

/// <summary>A FastTree regression of the next day's log-ratio to level, one row per forecast step (direct multi-step).</summary>
internal sealed class ForecastRegressor
{
    /// <summary>Days a series needs before the model is worth training (two weeks of lags plus two weeks of rows).</summary>
    public const int MinimumTrainingDays = 28;

    private readonly PredictionEngine<Row, Prediction> _engine;

    private ForecastRegressor(PredictionEngine<Row, Prediction> engine) => _engine = engine;

    public static ForecastRegressor Train(IReadOnlyList<double> values, DateOnly start, int maxHorizon = ForecastFeatures.MaxHorizon)
    {
        if (values.Count < MinimumTrainingDays)
        {
            throw new ArgumentException($"At least {MinimumTrainingDays} days are needed.", nameof(values));
        }

        maxHorizon = Math.Clamp(maxHorizon, 1, ForecastFeatures.MaxHorizon);
        var origins = values.Count - ForecastFeatures.MinIndex;
        // Direct multi-step: one row per (origin, step). Long histories would give ~10k rows, so origins are
        // thinned to keep training well under a second; neighbouring origins are nearly duplicates anyway.
        var stride = Math.Max(1, origins * maxHorizon / MaxRows + 1);
        var rows = new List<Row>();
        for (var t = values.Count - 1; t >= ForecastFeatures.MinIndex; t -= stride)
        {
            for (var h = 1; h <= maxHorizon && t + h - 1 < values.Count; h++)
            {
                rows.Add(new Row { Features = ForecastFeatures.At(values, t, h, start.AddDays(t + h - 1).DayOfWeek), Label = ForecastFeatures.Label(values, t, h) });
            }
        }

        // Spikes (a video taking off, a recount landing on one day) would drag a squared-error fit upwards on
        // every day; clipping labels to their 5–95 % range makes the fit closer to the typical day.
        var labels = rows.Select(r => (double)r.Label).ToArray();
        var low = (float)Quantiles.Of(labels, 0.05);
        var high = (float)Quantiles.Of(labels, 0.95);
        foreach (var row in rows)
        {
            row.Label = Math.Clamp(row.Label, low, high);
        }

        var ml = new MLContext(seed: 17);
        var data = ml.Data.LoadFromEnumerable(rows);
        // Small, shallow and strongly regularised: one channel's year is little data, the rows overlap heavily,
        // and the baselines are hard to beat, so variance is the enemy. One thread: the server is shared.
        var trainer = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        {
            NumberOfTrees = 60,
            NumberOfLeaves = 8,
            MinimumExampleCountPerLeaf = Math.Max(5, rows.Count / 50),
            LearningRate = 0.08,
            NumberOfThreads = 1,
            FeatureFraction = 0.9,
        });
        var model = trainer.Fit(data);
        return new ForecastRegressor(ml.Model.CreatePredictionEngine<Row, Prediction>(model));
    }

    private const int MaxRows = 3000;

    /// <summary>Forecasts <paramref name="horizon"/> days after <paramref name="history"/>, each step predicted directly from the origin.</summary>
    public double[] Forecast(IReadOnlyList<double> history, DateOnly start, int horizon, CancellationToken cancellationToken)
    {
        var result = new double[horizon];
        var row = new Row();
        var prediction = new Prediction();
        var t = history.Count;
        for (var h = 1; h <= horizon; h++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            row.Features = ForecastFeatures.At(history, t, h, start.AddDays(t + h - 1).DayOfWeek);
            _engine.Predict(row, ref prediction);
            result[h - 1] = ForecastFeatures.ToViews(history, t, prediction.Score);
        }

        return result;
    }

    private sealed class Row
    {
        [VectorType(ForecastFeatures.Count)]
        public float[] Features { get; set; } = [];

        public float Label { get; set; }
    }

    private sealed class Prediction
    {
        public float Score { get; set; }
    }
}
