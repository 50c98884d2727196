using Google.Apis.Services;
using Google.Apis.Upload;
using Google.Apis.Util;
using YouTubeStudio.Core.YouTube.Resources;

namespace YouTubeStudio.Core.YouTube.Api;

/// <summary>thumbnails.set as Google's generated client does it: a media-only resumable upload with no JSON body.</summary>
internal sealed class ThumbnailSetUpload : ResumableUpload<string, ThumbnailSetResponse>
{
    public ThumbnailSetUpload(IClientService uploadService, string videoId, Stream content, string contentType)
        : base(uploadService, "upload/youtube/v3/thumbnails/set", "POST", content, contentType) => VideoId = videoId;

    [RequestParameter("videoId", RequestParameterType.Query)] public string VideoId { get; }
}
