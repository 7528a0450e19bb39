using SkiaSharp;

namespace RusToK.Web.Modules.Commerce.Demo;

/// <summary>
/// Paints the demo's product pictures (a bag or a box in the product's colour, a bean on the label), so the demo
/// shop has pictures to upload to the media library without shipping a folder of photographs.
/// </summary>
public static class DemoProductPicture
{
    private const int Size = 800;

    public static byte[] Paint(DemoProduct product)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Size, Size));
        var canvas = surface.Canvas;
        canvas.Clear(SKColor.Parse("#f4efe9"));
        var colour = SKColor.Parse(product.Colour);
        using var fill = new SKPaint { Color = colour, IsAntialias = true };
        using var shade = new SKPaint { Color = colour.WithAlpha(160), IsAntialias = true };
        using var label = new SKPaint { Color = SKColors.White.WithAlpha(235), IsAntialias = true };
        if (product.IsCoffee)
        {
            canvas.DrawRoundRect(new SKRect(220, 170, 580, 690), 28, 28, fill);
            canvas.DrawRect(new SKRect(220, 150, 580, 200), shade);
            canvas.DrawRoundRect(new SKRect(260, 360, 540, 560), 16, 16, label);
        }
        else
        {
            canvas.DrawRoundRect(new SKRect(170, 250, 630, 650), 24, 24, fill);
            canvas.DrawRoundRect(new SKRect(210, 380, 590, 560), 16, 16, label);
        }

        // A coffee bean on the label (Skia here draws without system fonts, so no lettering).
        var centre = product.IsCoffee ? new SKPoint(400, 460) : new SKPoint(400, 470);
        using var bean = new SKPaint { Color = SKColor.Parse("#5a3a24"), IsAntialias = true };
        using var crease = new SKPaint { Color = SKColors.White.WithAlpha(235), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 7, StrokeCap = SKStrokeCap.Round };
        canvas.Save();
        canvas.RotateDegrees(-30, centre.X, centre.Y);
        canvas.DrawOval(centre, new SKSize(42, 60), bean);
        using var line = new SKPathBuilder();
        line.MoveTo(centre.X, centre.Y - 52);
        line.CubicTo(centre.X - 22, centre.Y - 18, centre.X + 22, centre.Y + 18, centre.X, centre.Y + 52);
        using var path = line.Detach();
        canvas.DrawPath(path, crease);
        canvas.Restore();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 90);
        return data.ToArray();
    }
}
