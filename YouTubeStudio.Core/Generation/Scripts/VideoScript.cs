namespace YouTubeStudio.Core.Generation;

/// <summary>
/// A written video. <see cref="Scenes"/> hold everything that is spoken, in order: the first scene
/// speaks the <see cref="Hook"/> (and is drawn as the title card), the last ends with the
/// <see cref="CallToAction"/>. <see cref="Description"/> carries chapters estimated from the
/// narration; the metadata stage replaces them with the real timings.
/// </summary>
public sealed record VideoScript(
    string Title,
    string Hook,
    IReadOnlyList<ScriptScene> Scenes,
    string CallToAction,
    string Description,
    IReadOnlyList<string> Tags);
