namespace YouTubeStudio.Core.Generation;

/// <summary>Writes the script of a video: title, hook, scenes, call to action, description and tags.</summary>
public interface IScriptWriter
{
    /// <summary>
    /// Writes a script for <paramref name="request"/>. Fails with a <see cref="GenerationException"/>
    /// (llm_unavailable is transient, llm_invalid_output is not) when no valid script can be had.
    /// </summary>
    Task<ScriptResult> WriteAsync(ScriptRequest request, CancellationToken cancellationToken = default);
}
