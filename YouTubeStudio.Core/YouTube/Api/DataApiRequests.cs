using Google.Apis.Services;
using Google.Apis.Util;
using YouTubeStudio.Core.YouTube.Resources;

namespace YouTubeStudio.Core.YouTube.Api;

// channels.list, videos.list and playlistItems.list as in youtube.v3.json (only the parameters we send).
// Repeated parameters (part, id) are sent comma-separated, which Google accepts for every list method.

internal sealed class ChannelsListRequest : YouTubeGetRequest<ChannelListResponse>
{
    public ChannelsListRequest(IClientService service, string part) : base(service, "list", "channels")
    {
        Part = part;
        InitParameters();
    }

    [RequestParameter("part", RequestParameterType.Query)] public string Part { get; }
    [RequestParameter("mine", RequestParameterType.Query)] public bool? Mine { get; set; }
    [RequestParameter("id", RequestParameterType.Query)] public string? Id { get; set; }

    protected override void InitParameters()
    {
        base.InitParameters();
        AddParameter("part", required: true);
        AddParameter("mine");
        AddParameter("id");
    }
}

internal sealed class VideosListRequest : YouTubeGetRequest<VideoListResponse>
{
    public VideosListRequest(IClientService service, string part) : base(service, "list", "videos")
    {
        Part = part;
        InitParameters();
    }

    [RequestParameter("part", RequestParameterType.Query)] public string Part { get; }
    [RequestParameter("id", RequestParameterType.Query)] public string? Id { get; set; }
    [RequestParameter("maxResults", RequestParameterType.Query)] public long? MaxResults { get; set; }

    protected override void InitParameters()
    {
        base.InitParameters();
        AddParameter("part", required: true);
        AddParameter("id");
        AddParameter("maxResults");
    }
}

internal sealed class PlaylistItemsListRequest : YouTubeGetRequest<PlaylistItemListResponse>
{
    public PlaylistItemsListRequest(IClientService service, string part) : base(service, "list", "playlistItems")
    {
        Part = part;
        InitParameters();
    }

    [RequestParameter("part", RequestParameterType.Query)] public string Part { get; }
    [RequestParameter("playlistId", RequestParameterType.Query)] public string? PlaylistId { get; set; }
    [RequestParameter("maxResults", RequestParameterType.Query)] public long? MaxResults { get; set; }
    [RequestParameter("pageToken", RequestParameterType.Query)] public string? PageToken { get; set; }

    protected override void InitParameters()
    {
        base.InitParameters();
        AddParameter("part", required: true);
        AddParameter("playlistId");
        AddParameter("maxResults");
        AddParameter("pageToken");
    }
}
