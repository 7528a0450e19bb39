namespace SearchBench;

/// <summary>Real words per language, so the analyzers stem, and LIKE scans, text shaped like the blogs the platform serves.</summary>
internal static class Vocabulary
{
    public static readonly string[] English = Split("""
        coffee espresso latte cappuccino americano mocha macchiato cortado ristretto lungo filter pourover aeropress
        chemex grinder burr grind roast roaster roastery bean beans arabica robusta crema milk foam steam pitcher
        barista cafe cup mug kettle water temperature brew brewing brewed extraction bitter sweet sour acidic fruity
        nutty chocolate caramel vanilla cinnamon honey sugar syrup cream butter flour bread dough yeast oven bake baking
        baked pastry croissant muffin cake cookie biscuit pancake waffle breakfast lunch dinner supper recipe kitchen
        knife pan pot skillet wok stove grill roasted fried boiled steamed sauce soup stew salad pasta noodle rice
        potato tomato onion garlic pepper salt lemon orange apple berry cherry banana mango peach pear grape olive
        cheese yogurt egg chicken beef pork fish salmon shrimp mushroom spinach carrot cabbage pumpkin herbs basil
        thyme rosemary ginger spicy smoky fresh seasonal local organic market farm harvest season summer winter autumn
        spring travel trip journey road train station airport flight ticket passport luggage suitcase backpack hotel
        hostel room booking guide map city village town street square harbour beach mountain valley river lake forest
        island coast hill trail hiking walking cycling museum gallery castle church cathedral bridge tower old ancient
        historic morning evening night weekend holiday festival friends family guests table terrace view sunset sunrise
        weather rain snow wind warm cold cozy quiet busy crowded small little large favourite perfect simple classic
        traditional modern slow quick easy careful gentle light dark medium strong rich smooth balanced delicious
        tasty aroma flavour taste notes origin ethiopia colombia brazil kenya guatemala sumatra yemen italy vienna
        lisbon paris istanbul tbilisi prague kyoto menu price order service counter shop store bakery corner neighbourhood
        """);

    public static readonly string[] Russian = Split("""
        кофе эспрессо латте капучино американо мокко раф фильтр турка джезва кофемолка помол обжарка обжаривать зерна
        зерно арабика робуста пенка молоко сливки бариста кофейня чашка кружка чайник вода температура заварка заваривать
        экстракция горький сладкий кислый фруктовый ореховый шоколад карамель ваниль корица мед сахар сироп масло мука
        хлеб тесто дрожжи духовка выпечка пирог пирожок булочка круассан кекс торт печенье блины оладьи завтрак обед ужин
        рецепт кухня нож сковорода кастрюля плита гриль жареный вареный тушеный соус суп борщ щи салат паста лапша рис
        картофель помидор лук чеснок перец соль лимон апельсин яблоко ягоды вишня банан груша виноград оливки сыр творог
        йогурт яйцо курица говядина свинина рыба лосось креветки грибы шпинат морковь капуста тыква зелень укроп базилик
        имбирь острый свежий сезонный местный рынок ферма урожай сезон лето зима осень весна путешествие поездка дорога
        поезд вокзал аэропорт самолет билет паспорт багаж чемодан рюкзак гостиница отель номер бронирование путеводитель
        карта город деревня улица площадь гавань пляж горы долина река озеро лес остров берег холм тропа поход прогулка
        велосипед музей галерея замок собор мост башня старый древний исторический утро вечер ночь выходные праздник
        фестиваль друзья семья гости стол терраса вид закат рассвет погода дождь снег ветер теплый холодный уютный тихий
        шумный маленький большой любимый идеальный простой классический традиционный современный медленный быстрый
        легкий светлый темный средний крепкий насыщенный мягкий вкусный аромат вкус ноты происхождение эфиопия колумбия
        бразилия кения гватемала италия вена лиссабон париж стамбул тбилиси прага киото меню цена заказ магазин пекарня
        """);

    public static readonly string[] Tags = ["coffee", "espresso", "recipes", "baking", "travel", "city", "breakfast", "seasonal", "roasting", "guides", "кофе", "рецепты", "путешествия"];

    private static string[] Split(string words) => words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
}
