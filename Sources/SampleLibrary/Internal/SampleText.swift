/// Words to make text of the lengths monitors write, in English with Russian passages (as the
/// documents quote laws and union names), from pools that never share a word with people's names, so
/// that no generated text names a person by chance.
enum SampleText {
    static let english = """
        the authorities union unions workers activists trade independent pressure law legislation court \
        decisions against participants peaceful actions restrictions registration strike dismissed members \
        leaders employers labour inspection wages arrears migrant domestic forced cotton harvest children \
        state controlled federation collective bargaining agreement safety health occupational accidents \
        mine factory oil field construction teachers doctors nurses drivers railway municipal contract \
        informal sector social dialogue tripartite commission government ministry prosecutor criminal \
        administrative fine detained questioned searched threatened dissolved suspended re-registered \
        amended adopted vetoed ratified convention recommendations implemented remain continue report \
        record monitoring mission observers region district city capital hearing appeal sentence probation
        """.split(separator: " ").map(String.init)

    static let russian = """
        профсоюз профсоюзы работники активисты независимый давление закон законодательство суд решение \
        участники мирные акции ограничения регистрация забастовка уволены члены лидеры работодатели труд \
        инспекция заработная плата задолженность мигранты принудительный хлопок сбор дети государство \
        федерация коллективный договор безопасность охрана здоровье несчастные случаи шахта завод нефть \
        месторождение строительство учителя врачи медсёстры водители железная дорога муниципальный \
        неформальный сектор социальный диалог трёхсторонняя комиссия правительство министерство прокурор \
        уголовный административный штраф задержан допрошен угрожали распущен приостановлен
        """.split(separator: " ").map(String.init)

    static let firstNames = ["Айгерим", "Ерлан", "Нурлан", "Дина", "Бахыт", "Гульнара", "Тимур", "Зарина", "Рустам",
                             "Малика", "Азамат", "Жанна", "Фарход", "Нигора", "Данияр", "Сауле", "Alisher",
                             "Kamila", "Bekzod", "Madina", "Ruslan", "Gulnora", "Sanjar", "Aziza"]
    static let lastNames = ["Байжанова", "Сапаров", "Ахметова", "Курбанов", "Исмаилова", "Темиров", "Юсупова",
                            "Назаров", "Абдуллаева", "Каримов", "Жумабаев", "Осмонова", "Rakhimov", "Tursunova",
                            "Mirzaev", "Sultanova", "Khodjaev", "Alimova"]
    static let places = ["Almaty", "Bishkek", "Dushanbe", "Tashkent", "Ashgabat", "Astana", "Osh", "Khujand",
                         "Samarkand", "Karaganda"]

    /// A sentence of about `words` words, a fifth of it in Russian, starting with a capital and ending
    /// with a full stop.
    static func sentence(_ random: inout SampleRandom, words: Int) -> String {
        var picked: [String] = []
        var index = 0
        while index < words {
            if random.chance(20) {
                let run = random.int(2...4)
                for _ in 0..<run { picked.append(random.pick(russian)) }
                index += run
            } else {
                picked.append(random.pick(english))
                index += 1
            }
        }
        var text = picked.joined(separator: " ")
        text = text.prefix(1).uppercased() + text.dropFirst()
        return text + "."
    }

    static func paragraph(_ random: inout SampleRandom, sentences: Int) -> String {
        (0..<sentences).map { _ in sentence(&random, words: random.int(12...24)) }.joined(separator: " ")
    }

    static func personName(_ random: inout SampleRandom) -> String {
        "\(random.pick(firstNames)) \(random.pick(lastNames))"
    }
}
