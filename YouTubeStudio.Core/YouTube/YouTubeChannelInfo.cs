namespace YouTubeStudio.Core.YouTube;

/// <summary>The authorized user's channel (channels.list mine=true).</summary>
/// <param name="Handle">The channel's <c>customUrl</c>, e.g. <c>@googledevelopers</c>.</param>
/// <param name="UploadsPlaylistId">The playlist holding every upload (<c>contentDetails.relatedPlaylists.uploads</c>).</param>
public sealed record YouTubeChannelInfo(
    string Id,
    string Title,
    string? Handle,
    string? ThumbnailUrl,
    long SubscriberCount,
    long ViewCount,
    long VideoCount,
    string? UploadsPlaylistId);
