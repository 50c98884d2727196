using Google.Apis.Services;
using Google.Apis.Upload;
using Google.Apis.Util;
using YouTubeStudio.Core.YouTube.Resources;

namespace YouTubeStudio.Core.YouTube.Api;

/// <summary>videos.insert as a resumable upload: POST upload/youtube/v3/videos?uploadType=resumable&amp;part=...</summary>
internal sealed class VideoInsertUpload : ResumableUpload<VideoResource, VideoResource>
{
    public VideoInsertUpload(IClientService uploadService, VideoResource body, string part, Stream content, string contentType, int chunkSize)
        : base(uploadService, "upload/youtube/v3/videos", "POST", content, contentType)
    {
        Body = body;
        Part = part;
        ChunkSize = chunkSize;
    }

    /// <summary>Must name every part present in the body: Google ignores body parts it is not told about.</summary>
    [RequestParameter("part", RequestParameterType.Query)] public string Part { get; }
}
