/// The small fixture library published in English and Russian: every printed text in both.
package enum BilingualFixture {
    package static let countries = """
        - code: KZ
          name: {en: Kazakhstan, ru: Казахстан}
          addressee:
            en: the President and the Government of the Republic of Kazakhstan
            ru: Президента и Правительство Республики Казахстан
        - code: KG
          name: {en: Kyrgyzstan, ru: Кыргызстан}
        """

    /// The meeting, with `event` as given (a map of both languages).
    package static func meeting(edition: Int = 5, event: String = "{en: Coordination Meeting, ru: координационное совещание}") -> String {
        """
        edition: \(edition)
        event: \(event)
        mission: {en: Labour Rights Monitoring Mission, ru: Мониторинговая миссия по трудовым правам}
        mission_in_heading: {en: Labour Rights Monitoring Mission, ru: Мониторинговой миссии по трудовым правам}
        place: {en: Bishkek, ru: Бишкек}
        date: 2021-12-07
        languages: [en, ru]
        translations: {ru: unofficial}
        participants: [KZ]
        opening:
          en: The participants note that the situation remains alarming.
          ru: Участники отмечают, что ситуация остаётся тревожной.
        narrative:
          - country: KZ
        appeals_intro: {en: The participants appeal to the governments., ru: Участники обращаются к правительствам.}
        appeals: [KZ]
        """
    }

    package static let kazakhstan = """
        country: KZ
        situation:
          en: In **Kazakhstan**, activists remain under pressure.
          ru: В **Казахстане** активисты остаются под давлением.
        findings:
          - id: kz-union-deregistered
            kind: violation
            indicators: [foa.registration]
            summary: {en: The authorities de-registered the union., ru: Власти сняли профсоюз с регистрации.}
            status: ongoing
            sources:
              - title: Final Document 2021
        recommendations:
          - id: kz-reregister-union
            text:
              en: Re-register the union.
              ru: Вновь зарегистрировать профсоюз.
            findings: [kz-union-deregistered]
        """

    /// The files that make the fixture bilingual, with the meeting's event as given.
    package static func files(edition: Int = 5, event: String? = nil) -> [String: String?] {
        ["catalog/countries.yaml": countries,
         "2021/meeting.yaml": event.map { meeting(edition: edition, event: $0) } ?? meeting(edition: edition),
         "2021/KZ.yaml": kazakhstan]
    }
}
