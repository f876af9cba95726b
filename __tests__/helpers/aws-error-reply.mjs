// An AWS error answer in a request's own protocol, as the service sends it: what the test
// harness's proxies answer in a service's place (the fault proxy's injected errors, the contract
// proxy's refusals). protocol: json | rest-json | query | rest-xml.
export function awsErrorReply(protocol, status, code, message, id = 'test-harness') {
  const side = status >= 500 ? 'Receiver' : 'Sender';
  switch (protocol) {
    case 'json':
      return {
        status,
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': id },
        body: JSON.stringify({ __type: code, message }),
      };
    case 'rest-json':
      return {
        status,
        headers: { 'content-type': 'application/json', 'x-amzn-errortype': code, 'x-amzn-requestid': id },
        body: JSON.stringify({ Type: status >= 500 ? 'Service' : 'User', message }),
      };
    case 'query':
      return {
        status,
        headers: { 'content-type': 'text/xml' },
        body: `<ErrorResponse><Error><Type>${side}</Type><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>${id}</RequestId></ErrorResponse>`,
      };
    default:
      return {
        status,
        headers: { 'content-type': 'application/xml' },
        body: `<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message><RequestId>${id}</RequestId></Error>`,
      };
  }
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
