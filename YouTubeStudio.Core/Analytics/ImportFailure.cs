namespace YouTubeStudio.Core.Analytics;

/// <summary>Why a whole file was refused (rows with errors are reported one by one instead).</summary>
public enum ImportFailure
{
    None,
    UnknownChannel,
    TooLarge,
    Empty,
    UnrecognizedFormat,
    NoValidRows,
    DemoChannel,
}
