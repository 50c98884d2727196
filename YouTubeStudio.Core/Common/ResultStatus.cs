namespace YouTubeStudio.Core.Common;

public enum ResultStatus
{
    Ok,
    Invalid,
    NotFound,
    Conflict,
}
