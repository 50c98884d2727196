namespace YouTubeStudio.Core.YouTube;

/// <summary>Hooks into a resumable upload.</summary>
/// <param name="SessionStarted">
/// Called once with the session URI before any byte is sent: persist it to resume after a restart with
/// <see cref="IYouTubeClient.ResumeUploadAsync"/>. It runs synchronously on the upload's path (Google.Apis raises
/// it as an event), so keep it short.
/// </param>
/// <param name="Progress">Reported after every chunk Google confirms.</param>
public sealed record YouTubeUploadCallbacks(Action<Uri>? SessionStarted = null, IProgress<YouTubeUploadProgress>? Progress = null);
