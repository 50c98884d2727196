using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace YouTubeStudio.Core.Storage;

internal sealed partial class LocalMediaStore(IOptions<StorageOptions> options) : IMediaStore
{
    private string MediaRoot => Path.Combine(options.Value.FullRoot, "media");

    public string GetWorkDirectory(long videoId)
    {
        var dir = Path.Combine(MediaRoot, videoId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public string? Find(long videoId, string name)
    {
        if (videoId <= 0 || !SafeName().IsMatch(name) || name.Contains("..", StringComparison.Ordinal)) return null;
        var path = Path.Combine(MediaRoot, videoId.ToString(System.Globalization.CultureInfo.InvariantCulture), name);
        return File.Exists(path) ? path : null;
    }

    public Stream? OpenRead(long videoId, string name) =>
        Find(videoId, name) is { } path ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, useAsync: true) : null;

    public Task DeleteAsync(long videoId, CancellationToken cancellationToken = default)
    {
        var dir = Path.Combine(MediaRoot, videoId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        return Task.CompletedTask;
    }

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")]
    private static partial Regex SafeName();
}
