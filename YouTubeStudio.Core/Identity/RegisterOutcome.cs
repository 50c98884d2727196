namespace YouTubeStudio.Core.Identity;

public enum RegisterOutcome
{
    Created,
    Invalid,
    Taken,
    Closed,
}
