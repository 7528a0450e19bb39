namespace RusToK.Components.Modules.Content;

/// <summary>Which addresses the visual editor takes for links and embeds: the schemes the server's sanitizer keeps.</summary>
public static class EditorAddress
{
    public static bool IsAllowed(string address, bool allowMail) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || (allowMail && uri.Scheme == Uri.UriSchemeMailto));
}
