namespace YouTubeStudio.Tests.Fixtures.FakeYouTube;

/// <summary>How an upload chunk fails once the configured byte count is reached.</summary>
public enum UploadInterruption
{
    /// <summary>The connection is reset mid-request (the bytes up to the limit are kept, as Google keeps them).</summary>
    DropConnection,

    /// <summary>503 backendError.</summary>
    ServiceUnavailable,
}
