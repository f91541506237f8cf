/*---
{ "title": "Dates in named zones with daylight saving (CET, Europe/Berlin, America/New_York), StandardCharsets", "body": "<Delivery><Created>2024-07-01T12:00:00Z</Created><Planned>2024-10-27 02:30</Planned><Pickup>2024-03-10 01:45</Pickup></Delivery>", "properties": { "plantZone": "Europe/Berlin" } }
---*/
import com.sap.gateway.ip.core.customdev.util.Message
import java.text.SimpleDateFormat
import java.nio.charset.StandardCharsets

def Message processData(Message message) {
    def xml = new XmlSlurper().parse(message.getBody(Reader))
    def iso = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ssX")
    Date created = iso.parse(xml.Created.text())
    def local = new SimpleDateFormat('dd.MM.yyyy HH:mm z (XXX)')
    local.setTimeZone(TimeZone.getTimeZone(message.getProperty('plantZone')))
    message.setHeader('createdLocal', local.format(created))
    def plantIn = new SimpleDateFormat('yyyy-MM-dd HH:mm')
    plantIn.setTimeZone(TimeZone.getTimeZone('CET'))
    Date planned = plantIn.parse(xml.Planned.text())
    def utcOut = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'Z'")
    utcOut.setTimeZone(TimeZone.getTimeZone('UTC'))
    message.setHeader('plannedUtc', utcOut.format(planned))
    def ny = TimeZone.getTimeZone('America/New_York')
    def usIn = new SimpleDateFormat('yyyy-MM-dd HH:mm')
    usIn.setTimeZone(ny)
    Date pickup = usIn.parse(xml.Pickup.text())
    message.setHeader('pickupUtc', utcOut.format(pickup))
    message.setHeader('pickupPlus2h', new Date(pickup.time + 2 * 3600 * 1000).format('HH:mm z', ny))
    message.setHeader('summer', "${ny.inDaylightTime(created)}/${TimeZone.getTimeZone('CET').getOffset(created.time)}")
    message.setHeader('stamp', created.format('dd-MMM-yyyy HH:mm:ss', TimeZone.getTimeZone('CET')))
    byte[] bytes = 'Grüße aus Köln'.getBytes(StandardCharsets.UTF_8)
    message.setBody(new String(bytes, StandardCharsets.UTF_8) + ' ' + bytes.length)
    return message
}
