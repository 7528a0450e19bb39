namespace RusToK.Domain.Kernel.Text;

/// <summary>Renders Markdown or HTML bodies to HTML with scripts, event handlers and unsafe URLs removed.</summary>
public interface IContentRenderer
{
    RenderedBody Render(string body, BodyFormat format);
}
