namespace YouTubeStudio.Core.YouTube;

/// <summary>Bytes Google has confirmed so far out of the file's length.</summary>
public sealed record YouTubeUploadProgress(long BytesSent, long TotalBytes)
{
    public double Percent => TotalBytes <= 0 ? 0 : 100.0 * BytesSent / TotalBytes;
}
