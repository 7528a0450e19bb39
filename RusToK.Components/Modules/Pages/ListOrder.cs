namespace RusToK.Components.Modules.Pages;

/// <summary>Reordering for the drag-and-drop editors (blocks, menus): by drop position, or one step with buttons.</summary>
public static class ListOrder
{
    /// <summary>One step up (-1) or down (+1), for keyboards and screen readers; stays in place at either end.</summary>
    public static void Move<T>(List<T> items, T item, int delta) => MoveTo(items, item, items.IndexOf(item) + delta);

    /// <summary>Puts <paramref name="item"/> at <paramref name="index"/> (clamped to the list), as a drop does.</summary>
    public static void MoveTo<T>(List<T> items, T item, int index)
    {
        items.Remove(item);
        items.Insert(Math.Clamp(index, 0, items.Count), item);
    }
}
