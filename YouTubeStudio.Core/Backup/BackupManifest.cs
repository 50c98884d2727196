using System.Text.Json;
using System.Text.Json.Serialization;
using YouTubeStudio.Core.Data;

namespace YouTubeStudio.Core.Backup;

/// <summary>The <c>manifest.json</c> of a backup archive.</summary>
public sealed record BackupManifest(
    int Format,
    string AppVersion,
    DatabaseProvider Provider,
    DateTimeOffset CreatedAt,
    bool IncludesMedia,
    BackupCounts Counts,
    IReadOnlyList<BackupManifestFile> Files)
{
    public const int CurrentFormat = 1;
    public const string EntryName = "manifest.json";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
