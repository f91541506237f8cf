/*---
{ "title": "java.time: LocalDate/LocalDateTime parsed and formatted with DateTimeFormatter patterns", "body": "{\"order\":{\"id\":\"4711\",\"created\":\"2024-02-29T17:45:09.120\",\"deliveryDate\":\"20240315\"}}", "headers": { "Content-Type": "application/json" } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper
import groovy.json.JsonOutput
import java.time.LocalDate
import java.time.LocalDateTime
import java.time.format.DateTimeFormatter

def Message processData(Message message) {
    def order = new JsonSlurper().parseText(message.getBody(String)).order
    DateTimeFormatter inFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS", Locale.ENGLISH)
    DateTimeFormatter outFormat = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ENGLISH)
    LocalDate created = LocalDate.parse(order.created, inFormat)
    LocalDateTime createdAt = LocalDateTime.parse(order.created, inFormat)
    def delivery = LocalDate.parse(order.deliveryDate, DateTimeFormatter.ofPattern('yyyyMMdd'))
    def out = [
        id          : order.id,
        created     : created.format(outFormat),
        createdIso  : createdAt.toString(),
        createdUtc  : createdAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'")),
        weekday     : created.dayOfWeek.toString(),
        month       : created.month.toString() + '/' + created.monthValue,
        delivery    : delivery.toString(),
        leadDays    : delivery.toEpochDay() - created.toEpochDay(),
        reminder    : delivery.minusWeeks(1).format(DateTimeFormatter.ofPattern('EEE, dd MMM yyyy')),
        nextMonthEnd: created.plusMonths(1).withDayOfMonth(created.plusMonths(1).lengthOfMonth()).toString(),
        late        : delivery.isAfter(created.plusDays(14)),
        midnight    : "${created.atStartOfDay()}",
        shift       : createdAt.plusHours(8).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
    ]
    try {
        LocalDate.parse('2024-02-30')
    } catch (Exception e) {
        out.badDate = e.getClass().getSimpleName() + ': ' + e.getMessage()
    }
    try {
        LocalDate.parse('15/03/2024', DateTimeFormatter.ofPattern('dd.MM.yyyy'))
    } catch (Exception e) {
        out.badFormat = e.getMessage()
    }
    message.setBody(JsonOutput.toJson(out))
    return message
}
