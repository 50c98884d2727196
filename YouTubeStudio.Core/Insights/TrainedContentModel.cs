using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace YouTubeStudio.Core.Insights;

/// <summary>
/// A learned content model: an ML.NET regression of age-adjusted log views on <see cref="ContentFeatures"/>,
/// with the metadata that turns its output into a 0–100 score. <see cref="ToBytes"/> gives one blob (a zip of the
/// ML.NET model zip and metadata.json) for the database; <see cref="FromBytes"/> reads it back.
/// </summary>
public sealed class TrainedContentModel
{
    public const int CurrentFormatVersion = 1;

    private const string ModelEntry = "model.zip";
    private const string MetadataEntry = "metadata.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly DataViewSchema _schema;
    private readonly PredictionEngine<ContentRow, ContentPrediction> _engine;
    private readonly Lock _gate = new();

    internal TrainedContentModel(MLContext ml, ITransformer transformer, DataViewSchema schema, ContentModelMetadata metadata)
    {
        _ml = ml;
        _transformer = transformer;
        _schema = schema;
        Metadata = metadata;
        _engine = ml.Model.CreatePredictionEngine<ContentRow, ContentPrediction>(transformer, schema);
    }

    public ContentModelMetadata Metadata { get; }

    /// <summary>The model's name in a score: fast_tree_channel or fast_tree_global.</summary>
    public string Name => $"fast_tree_{Metadata.Scope}";

    public byte[] ToBytes()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var model = zip.CreateEntry(ModelEntry, CompressionLevel.NoCompression).Open())
            {
                _ml.Model.Save(_transformer, _schema, model);
            }

            using var metadata = zip.CreateEntry(MetadataEntry, CompressionLevel.Optimal).Open();
            JsonSerializer.Serialize(metadata, Metadata, Json);
        }

        return output.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are not a content model of this version and feature set (retrain it).</exception>
    public static TrainedContentModel FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var metadataEntry = zip.GetEntry(MetadataEntry) ?? throw new InvalidDataException("No metadata in the content model.");
            ContentModelMetadata metadata;
            using (var stream = metadataEntry.Open())
            {
                metadata = JsonSerializer.Deserialize<ContentModelMetadata>(stream, Json) ?? throw new InvalidDataException("Empty content model metadata.");
            }

            if (metadata.FormatVersion != CurrentFormatVersion || !metadata.FeatureNames.SequenceEqual(ContentFeatures.Names))
            {
                throw new InvalidDataException("The content model was trained with another feature set; retrain it.");
            }

            var modelEntry = zip.GetEntry(ModelEntry) ?? throw new InvalidDataException("No ML.NET model in the content model.");
            // ML.NET needs a seekable stream.
            using var buffer = new MemoryStream();
            using (var stream = modelEntry.Open())
            {
                stream.CopyTo(buffer);
            }

            buffer.Position = 0;
            var ml = new MLContext(seed: 1);
            var transformer = ml.Model.Load(buffer, out var schema);
            return new TrainedContentModel(ml, transformer, schema, metadata);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException("The bytes are not a content model.", e);
        }
    }

    internal float Predict(float[] features)
    {
        // PredictionEngine is not thread-safe and the model is shared by concurrent requests.
        lock (_gate)
        {
            return _engine.Predict(new ContentRow { Features = features }).Score;
        }
    }

    /// <summary>Where a prediction falls among the training predictions, 0–100.</summary>
    internal double Percentile(float prediction)
    {
        var p = Metadata.PredictionPercentiles;
        if (prediction <= p[0])
        {
            return 0;
        }

        if (prediction >= p[^1])
        {
            return 100;
        }

        var upper = 1;
        while (p[upper] < prediction)
        {
            upper++;
        }

        var span = p[upper] - p[upper - 1];
        var within = span <= 0 ? 0.5 : (prediction - p[upper - 1]) / span;
        return (upper - 1 + within) * 100.0 / (p.Count - 1);
    }
}
